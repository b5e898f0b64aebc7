package io.tempora.kit.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The paging query parameters every list endpoint accepts: {@code page} counts from 0,
 * at most 10,000, {@code size} is 1 to 100 (default 20). Use it as a {@code @BeanParam @Valid} parameter.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    /** Deep enough for any list a person pages through; keeps {@code page * size} far from overflowing. */
    public static final int MAX_PAGE = 10_000;

    @RestQuery
    @DefaultValue("0")
    @Min(value = 0, message = "must be between 0 and " + MAX_PAGE)
    @Max(value = MAX_PAGE, message = "must be between 0 and " + MAX_PAGE)
    int page;

    @RestQuery
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
