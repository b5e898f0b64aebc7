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
 * The "any provider, 14 days, with provider ids" query on the shared scenario files: once from the
 * weekly hours (calendars read per query), once from working windows a read model keeps ready.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class SlotEngineBenchmark {

    @Param({"scenario-50x14.json", "scenario-50x14-dst.json"})
    public String file;

    private Scenario scenario;
    private List<ProviderCalendar> calendars;

    @Setup(Level.Trial)
    public void load() {
        scenario = Scenario.load(file);
        calendars = scenario.calendars();
    }

    @Benchmark
    public List<Slot> fromWeeklyHours() {
        return SlotEngine.slots(scenario.query(scenario.calendars()));
    }

    @Benchmark
    public List<Slot> fromPreparedWindows() {
        return SlotEngine.slots(scenario.query(calendars));
    }
}
