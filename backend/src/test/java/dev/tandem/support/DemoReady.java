package dev.tandem.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.microprofile.health.HealthCheckResponse;

import dev.tandem.demo.DemoData;

/** The demo data set loads in the background after start: tests that read it wait for its readiness check first. */
public final class DemoReady {

    private DemoReady() {
    }

    public static void await(DemoData demo) throws InterruptedException {
        for (int i = 0; i < 600 && demo.call().getStatus() != HealthCheckResponse.Status.UP; i++) {
            Thread.sleep(100);
        }
        assertEquals(HealthCheckResponse.Status.UP, demo.call().getStatus(), "the demo data set loaded");
    }
}
