package io.tempora.provider.hours;

import java.util.ArrayList;
import java.util.List;

import io.tempora.contracts.WeeklyBlock;
import io.tempora.kit.problem.Problem.FieldError;
import io.tempora.kit.problem.ProblemException;

/** Rules every list of weekly hours obeys, wherever it is entered. */
public final class WeeklyHours {

    private WeeklyHours() {
    }

    /**
     * Fails with every block that ends before it starts (overnight hours are split by the client
     * into two days) or overlaps an earlier block of the same day.
     *
     * @param field the request field holding the list, e.g. {@code businessHours}
     */
    public static void requireValid(String field, List<WeeklyBlock> blocks) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            WeeklyBlock block = blocks.get(i);
            if (!block.start().isBefore(block.end())) {
                errors.add(new FieldError(field + "[" + i + "].end",
                        "must be after start; split overnight hours into two days"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (block.overlaps(blocks.get(j))) {
                    errors.add(new FieldError(field + "[" + i + "]", "overlaps " + field + "[" + j + "]"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
