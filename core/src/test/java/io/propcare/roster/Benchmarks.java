package io.propcare.roster;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared benchmark instances by walking up from the working directory. */
final class Benchmarks {
    private Benchmarks() {
    }

    static Path instance(int n) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/benchmarks/shift-scheduling/instances/Instance" + n + ".txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            Path sibling = p.resolveSibling("shared/benchmarks/shift-scheduling/instances/Instance" + n + ".txt");
            if (p.getParent() != null && Files.isRegularFile(sibling)) {
                return sibling;
            }
        }
        throw new IllegalStateException("shared/benchmarks/shift-scheduling not found above " + dir);
    }
}
