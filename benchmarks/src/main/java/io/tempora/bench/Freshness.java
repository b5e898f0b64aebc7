package io.tempora.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How long a schedule edit in provider-service takes to show in availability: edits a provider's
 * Sunday hours back and forth through provider-service's REST API and polls availability every
 * 2 ms until the slots change. Prints percentiles. Arguments: {@code <org> <provider> <service> <rounds>}.
 */
public final class Freshness {

    private Freshness() {
    }

    public static void main(String[] args) throws Exception {
        String org = args[0];
        String provider = args[1];
        String service = args[2];
        int rounds = Integer.parseInt(args[3]);
        String schedules = "http://127.0.0.1:8081/v1/organizations/" + org + "/providers/" + provider + "/schedules";
        LocalDate sunday = LocalDate.now().plusWeeks(1).with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SUNDAY));
        String availability = "http://127.0.0.1:8080/v1/organizations/" + org + "/availability?serviceId=" + service
                + "&providerId=" + provider + "&from=" + sunday + "&to=" + sunday;
        List<Double> latencies = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            JsonNode schedule = Api.get(schedules).get(0);
            List<Object> blocks = new ArrayList<>();
            schedule.get("blocks").forEach(block -> {
                if (!"SUNDAY".equals(block.get("dayOfWeek").asText())) {
                    blocks.add(block);
                }
            });
            boolean open = round % 2 == 0;
            if (open) {
                blocks.add(Map.of("dayOfWeek", "SUNDAY", "start", "10:00", "end", "12:00", "type", "AVAILABLE"));
            }
            long started = System.nanoTime();
            Api.put(schedules + "/" + schedule.get("id").asText(), Map.of("effectiveFrom",
                    schedule.get("effectiveFrom").asText(), "blocks", blocks, "version", schedule.get("version").asLong()));
            while (Api.get(availability).at("/days/0/slots").size() > 0 != open) {
                Thread.sleep(2);
            }
            latencies.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(latencies);
        System.out.printf("schedule edit visible in availability, %d edits: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                rounds, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
