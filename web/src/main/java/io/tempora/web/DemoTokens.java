package io.tempora.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tempora.web.ClientConfig.DemoIdentity;
import io.tempora.web.ClientConfig.DemoPractice;

/** Reads the demo practice out of the {@code tokens.env} a local stack writes (lines {@code export NAME=value}). */
final class DemoTokens {

    /** A variable of tokens.env offered at sign-in, with how the page names it. */
    private record Offered(String variable, String label) {
    }

    private static final List<Offered> OFFERED = List.of(
            new Offered("OWNER_TOKEN", "Owner"),
            new Offered("ASSISTANT_TOKEN", "Front desk assistant"),
            new Offered("PROVIDER_TOKEN", "Provider (Dr. Demo)"),
            new Offered("CLIENT_TOKEN", "Client"));

    private DemoTokens() {
    }

    static DemoPractice read(Path file) {
        Map<String, String> variables = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("export ") && line.indexOf('=') > 0) {
                    String assignment = line.substring("export ".length());
                    int equals = assignment.indexOf('=');
                    variables.put(assignment.substring(0, equals), assignment.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the demo tokens in " + file, e);
        }
        List<DemoIdentity> identities = OFFERED.stream().filter(offered -> variables.containsKey(offered.variable()))
                .map(offered -> new DemoIdentity(offered.label(), variables.get(offered.variable()))).toList();
        return new DemoPractice(UUID.fromString(variables.get("ORG")), identities);
    }
}
