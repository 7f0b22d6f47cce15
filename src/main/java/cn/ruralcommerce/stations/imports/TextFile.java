package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.FieldError;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An uploaded text file decoded strictly as UTF-8 (BOM optional) line by line: a line that is not
 * valid UTF-8 becomes an error of that line and an empty line, so the other lines keep their numbers.
 */
public final class TextFile {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String text;
    private final int[] lineStarts;
    private final List<FieldError> encodingErrors;

    private TextFile(String text, int[] lineStarts, List<FieldError> encodingErrors) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.encodingErrors = List.copyOf(encodingErrors);
    }

    public static TextFile decode(byte[] bytes) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        StringBuilder text = new StringBuilder(bytes.length);
        List<Integer> starts = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = start;
        for (int i = start; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                starts.add(text.length());
                try {
                    CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                    text.append(chars);
                } catch (CharacterCodingException e) {
                    errors.add(FieldError.atLine(line, "file", "此行不是有效的 UTF-8 编码", "line is not valid UTF-8"));
                }
                if (i < bytes.length) {
                    text.append('\n');
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new TextFile(text.toString(), starts.stream().mapToInt(Integer::intValue).toArray(), errors);
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), BOM);
    }

    public String text() {
        return text;
    }

    public List<FieldError> encodingErrors() {
        return encodingErrors;
    }

    /** The 1-based line holding a character offset of {@link #text()}. */
    public int lineAt(long charPosition) {
        int index = Arrays.binarySearch(lineStarts, (int) charPosition);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
