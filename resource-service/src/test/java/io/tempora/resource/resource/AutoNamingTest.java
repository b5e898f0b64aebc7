package io.tempora.resource.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class AutoNamingTest {

    @Test
    void theFirstResourceOfATypeIsNumberOne() {
        assertEquals("Treatment Room 1", AutoNaming.next("Treatment Room", List.of()));
    }

    @Test
    void numbersContinueAfterTheHighestEverUsedIgnoringCaseAndOtherNames() {
        assertEquals("Treatment Room 8", AutoNaming.next("Treatment Room",
                List.of("Treatment Room 1", "treatment room 7", "Blue Room", "Treatment Room 2b", "Treatment Rooms 9")));
    }

    @Test
    void regexCharactersInTheTypeNameAreTakenLiterally() {
        assertEquals("Room (large) 3", AutoNaming.next("Room (large)", List.of("Room (large) 2")));
    }

    @Property
    void theNextNameIsNeverOneThatExists(@ForAll @StringLength(min = 1, max = 12) String typeName,
                                         @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 500) Integer> used) {
        List<String> existing = used.stream().map(number -> typeName + " " + number).toList();
        String next = AutoNaming.next(typeName, existing);
        Set<String> lowerCase = existing.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertFalse(lowerCase.contains(next.toLowerCase(Locale.ROOT)), next + " already exists");
        int highest = used.stream().mapToInt(Integer::intValue).max().orElse(0);
        assertEquals(typeName + " " + (highest + 1), next);
    }
}
