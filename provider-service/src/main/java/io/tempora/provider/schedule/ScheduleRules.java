package io.tempora.provider.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.tempora.contracts.WeeklyBlock;
import io.tempora.kit.problem.Problem.FieldError;
import io.tempora.kit.problem.ProblemException;
import io.tempora.contracts.rules.BlockType;

/** What makes a list of schedule blocks valid; plain logic, every broken rule named by block. */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /**
     * @param businessHours the organization's hours when the provider is a linked individual, whose
     *                      available hours must lie inside them; null when the provider is not bound by them
     */
    public static void requireValid(List<ScheduleBlock> blocks, List<WeeklyBlock> businessHours) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            ScheduleBlock block = blocks.get(i);
            String field = "blocks[" + i + "]";
            if (!block.start().isBefore(block.end())) {
                errors.add(new FieldError(field + ".end",
                        "must be after start; overnight blocks are not supported, split them at midnight"));
                continue;
            }
            for (int j = 0; j < i; j++) {
                ScheduleBlock earlier = blocks.get(j);
                if (earlier.type() == block.type() && earlier.start().isBefore(earlier.end()) && block.overlaps(earlier)) {
                    errors.add(new FieldError(field, "overlaps blocks[" + j + "]"));
                }
            }
            if (block.type() == BlockType.BREAK && blocks.stream().noneMatch(available ->
                    available.type() == BlockType.AVAILABLE
                            && block.within(available.dayOfWeek(), available.start(), available.end()))) {
                errors.add(new FieldError(field, "a break must lie inside available hours of the same day"));
            }
            if (businessHours != null && block.type() == BlockType.AVAILABLE
                    && !insideBusinessHours(block, businessHours)) {
                errors.add(new FieldError(field, "outside the organization's business hours on "
                        + block.dayOfWeek() + " (" + describe(block.dayOfWeek(), businessHours) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** Inside one stretch of business hours, where back-to-back business blocks count as one. */
    private static boolean insideBusinessHours(ScheduleBlock block, List<WeeklyBlock> businessHours) {
        return merged(block.dayOfWeek(), businessHours).stream()
                .anyMatch(hours -> block.within(hours.dayOfWeek(), hours.start(), hours.end()));
    }

    private static List<WeeklyBlock> merged(DayOfWeek day, List<WeeklyBlock> hours) {
        List<WeeklyBlock> sorted = hours.stream().filter(block -> block.dayOfWeek() == day)
                .sorted(Comparator.comparing(WeeklyBlock::start)).toList();
        List<WeeklyBlock> merged = new ArrayList<>();
        for (WeeklyBlock next : sorted) {
            WeeklyBlock last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !next.start().isAfter(last.end())) {
                LocalTime end = next.end().isAfter(last.end()) ? next.end() : last.end();
                merged.set(merged.size() - 1, new WeeklyBlock(day, last.start(), end));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static String describe(DayOfWeek day, List<WeeklyBlock> hours) {
        List<String> stretches = merged(day, hours).stream().map(block -> block.start() + "-" + block.end()).toList();
        return stretches.isEmpty() ? "closed" : String.join(", ", stretches);
    }
}
