package io.tempora.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.tempora.slots.ProviderCalendar;
import io.tempora.slots.Slot;
import io.tempora.slots.SlotEngine;

/**
 * How the "any provider" query's cost grows with the organization and the range: the engine on
 * generated practices of 10 to 1,000 providers over 1 to 62 days ({@link Scenario#generated}), with
 * the working windows ready as the read model keeps them. Prints each answer's starts and candidates,
 * which is what an answer's size follows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class CostGrowthBenchmark {

    @Param({"10", "50", "200", "1000"})
    public int providers;

    @Param({"1", "14", "62"})
    public int days;

    private Scenario scenario;
    private List<ProviderCalendar> calendars;

    @Setup(Level.Trial)
    public void generate() {
        scenario = Scenario.generated(providers, days, 20261202L);
        calendars = scenario.calendars();
        List<Slot> answer = SlotEngine.slots(scenario.query(calendars));
        long candidates = answer.stream().mapToLong(slot -> slot.candidates().size()).sum();
        System.out.printf("%n[cost] providers=%d days=%d: %d starts, %d candidates%n", providers, days, answer.size(),
                candidates);
    }

    @Benchmark
    public List<Slot> anyProvider() {
        return SlotEngine.slots(scenario.query(calendars));
    }
}
