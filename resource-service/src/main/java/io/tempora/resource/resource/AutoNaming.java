package io.tempora.resource.resource;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a resource created without a name after its type: "Treatment Room 1", "Treatment Room 2".
 * The number is one more than the highest the type has ever used, so a number is never given
 * twice, not even after a deletion, and a name the user chose ("Treatment Room 7") counts too.
 */
public final class AutoNaming {

    private AutoNaming() {
    }

    public static String next(String typeName, Collection<String> existingNames) {
        Pattern numbered = Pattern.compile(Pattern.quote(typeName.toLowerCase(Locale.ROOT)) + " (\\d{1,9})");
        long highest = 0;
        for (String name : existingNames) {
            Matcher matcher = numbered.matcher(name.toLowerCase(Locale.ROOT));
            if (matcher.matches()) {
                highest = Math.max(highest, Long.parseLong(matcher.group(1)));
            }
        }
        return typeName + " " + (highest + 1);
    }
}
