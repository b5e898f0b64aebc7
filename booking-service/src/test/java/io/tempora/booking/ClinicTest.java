package io.tempora.booking;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.agroal.api.AgroalDataSource;
import io.tempora.booking.catalog.Catalog;

/**
 * A booking-service test in a clinic of its own, opened before each test (before the test's own
 * set-up) and closed after it.
 */
public abstract class ClinicTest {

    @Inject
    protected Catalog catalog;

    @Inject
    protected AgroalDataSource database;

    protected Clinic clinic;

    @BeforeEach
    void openClinic() {
        clinic = new Clinic(catalog, database);
    }

    @AfterEach
    void closeClinic() {
        clinic.close();
    }
}
