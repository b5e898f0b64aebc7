package io.tempora.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;

/** How every list endpoint reads one page: the page's rows and the total, in one session. */
public final class Pages {

    private Pages() {
    }

    public static <T> Uni<Page<T>> fetch(PanacheQuery<T> query, PageRequest request) {
        PanacheQuery<T> paged = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size()));
        // one after the other: a reactive session runs one statement at a time
        return paged.list().flatMap(items -> paged.count().map(total -> Page.of(items, request, total)));
    }
}
