package io.tempora.slots;

import java.util.Comparator;

/**
 * The order resources are suggested and allocated in, the same for availability's check and for
 * booking: by name as people read it (ignoring case, numbers by value, so "Room 2" comes before
 * "Room 10"), then by id so that equal names still have one order.
 */
public final class ResourceOrder {

    public static final Comparator<Resource> ORDER = Comparator.comparing(Resource::name, ResourceOrder::compareNames)
            .thenComparing(Resource::id);

    private ResourceOrder() {
    }

    static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                int byLetter = Character.compare(Character.toLowerCase(Character.toUpperCase(x)),
                        Character.toLowerCase(Character.toUpperCase(y)));
                if (byLetter != 0) {
                    return byLetter;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Digit runs by value, of any length: fewer significant digits is smaller. */
    private static int compareNumbers(String a, String b) {
        String x = stripLeadingZeros(a);
        String y = stripLeadingZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }
}
