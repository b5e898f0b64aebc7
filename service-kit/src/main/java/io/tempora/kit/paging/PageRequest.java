package io.tempora.kit.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The paging query parameters every list endpoint accepts: {@code page} counts from 0,
 * {@code size} is 1 to 100 (default 20). Use it as a {@code @BeanParam @Valid} parameter.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @RestQuery
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
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
