package io.tempora.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.tempora.web.ClientConfig.DemoIdentity;
import io.tempora.web.ClientConfig.DemoPractice;

class DemoTokensTest {

    @Test
    void theSignInPageOffersTheDemoPracticesStaffAndClientButNeverThePlatform(@TempDir Path folder) throws IOException {
        UUID organization = UUID.randomUUID();
        Path file = folder.resolve("tokens.env");
        Files.writeString(file, """
                # written by ./stack.sh
                export ORG=%s
                export DEMO_PROVIDER=%s
                export CLIENT_TOKEN=c.c.c
                export OWNER_TOKEN=o.o.o
                export PLATFORM_TOKEN=p.p.p
                export ASSISTANT_TOKEN=a.a.a
                """.formatted(organization, UUID.randomUUID()));

        DemoPractice practice = DemoTokens.read(file);

        assertEquals(organization, practice.organizationId());
        assertEquals(List.of(new DemoIdentity("Owner", "o.o.o"), new DemoIdentity("Front desk assistant", "a.a.a"),
                new DemoIdentity("Client", "c.c.c")), practice.identities());
    }
}
