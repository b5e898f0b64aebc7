package io.tempora.localstack;

import java.io.IOException;
import java.io.InputStream;

/**
 * Main class of the forked broker JVM. It runs {@code kafka.Kafka} and exits as soon as its
 * standard input closes, which happens when the JVM that started it dies for any reason, so a
 * killed test run or Ctrl-C never leaves a broker behind.
 */
public final class KafkaBrokerProcess {

    private KafkaBrokerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(KafkaBrokerProcess::exitWhenParentGoes, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        kafka.Kafka.main(args);
    }

    private static void exitWhenParentGoes() {
        try (InputStream parent = System.in) {
            while (parent.read() >= 0) {
                // the parent never writes; we only wait for end of stream
            }
        } catch (IOException ignored) {
            // a broken pipe means the same as end of stream
        }
        System.exit(0);
    }
}
