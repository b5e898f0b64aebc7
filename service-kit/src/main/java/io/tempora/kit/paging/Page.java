package io.tempora.kit.paging;

import java.util.List;
import java.util.function.Function;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of a list endpoint's results; the same shape on every service. */
@RegisterForReflection
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, totalItems, totalPages);
    }
}
