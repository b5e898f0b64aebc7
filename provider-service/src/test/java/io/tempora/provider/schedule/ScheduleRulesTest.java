package io.tempora.provider.schedule;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.tempora.contracts.WeeklyBlock;
import io.tempora.kit.problem.ProblemException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import io.tempora.contracts.rules.BlockType;

class ScheduleRulesTest {

    private static final List<WeeklyBlock> NINE_TO_FIVE = List.of(
            new WeeklyBlock(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new WeeklyBlock(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)));

    private static ScheduleBlock available(int fromMinute, int toMinute) {
        return new ScheduleBlock(DayOfWeek.MONDAY, LocalTime.MIN.plusMinutes(fromMinute),
                LocalTime.MIN.plusMinutes(toMinute), BlockType.AVAILABLE, null);
    }

    @Property
    void consecutiveBlocksInsideBusinessHoursAreAccepted(@ForAll @IntRange(min = 1, max = 8) int pieces) {
        int start = 9 * 60;
        int length = 8 * 60 / pieces;
        List<ScheduleBlock> blocks = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            blocks.add(available(start + i * length, start + (i + 1) * length));
        }
        assertDoesNotThrow(() -> ScheduleRules.requireValid(blocks, NINE_TO_FIVE));
    }

    @Property
    void aBlockReachingOutsideBusinessHoursIsNamed(@ForAll @IntRange(min = 0, max = 1380) int from,
                                                   @ForAll @IntRange(min = 1, max = 600) int length) {
        int to = Math.min(from + length, 24 * 60 - 1);
        boolean inside = from >= 9 * 60 && to <= 17 * 60;
        List<ScheduleBlock> blocks = List.of(available(from, to));
        if (inside) {
            assertDoesNotThrow(() -> ScheduleRules.requireValid(blocks, NINE_TO_FIVE));
        } else {
            ProblemException problem = assertThrows(ProblemException.class,
                    () -> ScheduleRules.requireValid(blocks, NINE_TO_FIVE));
            assertEquals("blocks[0]", problem.errors().get(0).field());
        }
    }

    @Property
    void overlappingBlocksOfOneTypeAreNamedByTheLaterOne(@ForAll @IntRange(min = 0, max = 600) int from,
                                                        @ForAll @IntRange(min = 1, max = 300) int overlap) {
        ScheduleBlock first = available(from, from + 400);
        ScheduleBlock second = available(from + 400 - Math.min(overlap, 399), from + 800);
        ProblemException problem = assertThrows(ProblemException.class,
                () -> ScheduleRules.requireValid(List.of(first, second), null));
        assertEquals("blocks[1]", problem.errors().get(0).field());
    }
}
