package io.tempora.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tempora.slots.Booking;
import io.tempora.slots.Slot;
import io.tempora.slots.SlotEngine;

/**
 * The engine's answer on the shared files equals the answer their README defines, computed here
 * the plain way: per provider and local day, each weekly-hours window minus busy time, starts every
 * 15 minutes from the window's start while the 30 minutes fit in one free interval.
 */
class ScenarioAnswerTest {

    @ParameterizedTest
    @ValueSource(strings = {"scenario-50x14.json", "scenario-50x14-dst.json"})
    void theEngineFindsExactlyTheBookableStartsAndProvidersOfTheFile(String file) {
        Scenario scenario = Scenario.load(file);

        TreeMap<Long, List<Integer>> expected = expectedAnswer(scenario);
        TreeMap<Long, List<Integer>> actual = new TreeMap<>();
        for (Slot slot : SlotEngine.slots(scenario.query(scenario.calendars()))) {
            actual.put(slot.start(), slot.candidates().stream().map(Slot.Candidate::provider).toList());
        }

        assertTrue(expected.size() >= 250, "two weeks of starts, not " + expected.size());
        assertEquals(expected, actual);
    }

    private static TreeMap<Long, List<Integer>> expectedAnswer(Scenario scenario) {
        TreeMap<Long, List<Integer>> answer = new TreeMap<>();
        long length = scenario.service.durationSeconds();
        long step = scenario.service.stepSeconds();
        for (int p = 0; p < scenario.providerHours.size(); p++) {
            var hours = scenario.providerHours.get(p);
            ZoneId zone = hours.zone();
            for (LocalDate date = scenario.from.atZone(zone).toLocalDate();
                 date.isBefore(scenario.to.atZone(zone).toLocalDate().plusDays(1)); date = date.plusDays(1)) {
                for (var weekly : hours.schedules().get(0).available()) {
                    if (weekly.day() != date.getDayOfWeek()) {
                        continue;
                    }
                    long windowStart = date.atTime(weekly.start()).atZone(zone).toEpochSecond();
                    long windowEnd = date.atTime(weekly.end()).atZone(zone).toEpochSecond();
                    for (long start = windowStart; start + length <= windowEnd; start += step) {
                        if (start < scenario.from.getEpochSecond() || start >= scenario.to.getEpochSecond()
                                || busyDuring(scenario.busy.get(p), start, start + length)) {
                            continue;
                        }
                        answer.computeIfAbsent(start, s -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        return answer;
    }

    private static boolean busyDuring(Booking[] busy, long start, long end) {
        for (Booking booking : busy) {
            if (booking.start() < end && start < booking.end()) {
                return true;
            }
        }
        return false;
    }
}
