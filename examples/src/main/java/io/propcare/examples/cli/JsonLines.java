package io.propcare.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.PropcareException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Lines conventions of the command line: one output line per input line, in order,
 * echoing {@code "id"}; a failing line becomes {@code {"id":..., "error":{"code","message"}}}.
 */
public final class JsonLines {
    /** The mapper every command uses. */
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Answers one request line. */
    @FunctionalInterface
    public interface LineHandler {
        /**
         * Answers one request.
         *
         * @param request the parsed line
         * @return the answer's fields (the {@code id} is added by the caller)
         * @throws Exception any failure, reported on the line
         */
        ObjectNode answer(JsonNode request) throws Exception;
    }

    private JsonLines() {
    }

    /**
     * Opens the input: a file, or standard input when {@code path} is null or {@code "-"}.
     *
     * @param path the file or null
     * @return a reader
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static BufferedReader open(Path path) {
        if (path == null || path.toString().equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("cannot read " + path + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the output: a file, or the given standard output when {@code path} is null or {@code "-"}.
     *
     * @param path the file or null
     * @param stdout standard output
     * @return a writer
     */
    public static Writer create(Path path, Writer stdout) {
        if (path == null || path.toString().equals("-")) {
            return stdout;
        }
        try {
            return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads every non-blank line of the input.
     *
     * @param in the input
     * @return the lines
     */
    public static List<String> readLines(Reader in) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        }
        return lines;
    }

    /**
     * Answers every line of the input, writing one line per input line.
     *
     * @param in the input
     * @param out the output
     * @param handler answers one line
     * @return the exit status: 0 when every line succeeded, else 1
     */
    public static int process(Reader in, Writer out, LineHandler handler) {
        boolean failed = false;
        try (BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode answer = answerLine(line, handler);
                failed |= answer.has("error");
                out.write(MAPPER.writeValueAsString(answer));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input: " + e.getMessage(), e);
        }
        return failed ? CliExit.SOME_LINES_FAILED : CliExit.OK;
    }

    /**
     * Answers one line: the handler's fields after the echoed id, or the error object.
     *
     * @param line the raw line
     * @param handler the handler
     * @return the answer
     */
    public static ObjectNode answerLine(String line, LineHandler handler) {
        JsonNode request;
        try {
            request = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, "BAD_JSON", "line is not JSON: " + e.getOriginalMessage());
        }
        if (!request.isObject()) {
            return error(null, "BAD_JSON", "expected a JSON object, got " + request.getNodeType().name().toLowerCase());
        }
        JsonNode id = request.get("id");
        try {
            ObjectNode answer = MAPPER.createObjectNode();
            if (id != null) {
                answer.set("id", id);
            }
            answer.setAll(handler.answer(request));
            return answer;
        } catch (Exception e) {
            return error(id, errorCode(e), describe(e));
        }
    }

    /**
     * Builds an error line.
     *
     * @param id the echoed id or null
     * @param code the error code
     * @param message the message
     * @return the line
     */
    public static ObjectNode error(JsonNode id, String code, String message) {
        ObjectNode n = MAPPER.createObjectNode();
        if (id != null) {
            n.set("id", id);
        }
        ObjectNode e = n.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return n;
    }

    static String errorCode(Throwable e) {
        if (e instanceof InvalidInputException ie && !ie.violations().isEmpty()) {
            return ie.violations().get(0).code();
        }
        if (e instanceof PropcareException pe) {
            return pe.errorCode().code();
        }
        if (e instanceof DateTimeParseException) {
            return "BAD_TIME";
        }
        if (e instanceof IllegalArgumentException || e instanceof NullPointerException) {
            return "INVALID_INPUT";
        }
        return "FAILED";
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
