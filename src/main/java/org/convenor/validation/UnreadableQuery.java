package org.convenor.validation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which parameter of a query string is not text: a {@code %}-escape that is not two hex digits, or bytes that are
 * not UTF-8 ({@code ?asOf=%FF}). The servlet container refuses to read any parameter of such a query, without
 * saying which; this names it, so the answer can.
 */
public final class UnreadableQuery {

    private UnreadableQuery() {
    }

    /** The first parameter that cannot be read, by its name (as sent, if the name itself is what cannot be read). */
    public static Optional<String> parameter(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = decoded(rawName);
            if (name.isEmpty()) {
                return Optional.of(rawName);
            }
            if (equals >= 0 && decoded(pair.substring(equals + 1)).isEmpty()) {
                return name;
            }
        }
        return Optional.empty();
    }

    /** What the browser meant by {@code %}-escapes and {@code +}; empty when that is not UTF-8 text. */
    private static Optional<String> decoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] character = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(character, 0, character.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
