package dev.strata.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command in-process and keeps what it printed, so tests read stdout, stderr and the status. */
record CliFixture(int status, String out, String err) {

    static CliFixture strata(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = new StrataCommand(o, e).execute(List.of(args));
        }
        return new CliFixture(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The repository's examples folder; Surefire passes it so tests use the very files users run. */
    static Path examples() {
        return Path.of(System.getProperty("strata.examples", "../examples"));
    }

    /** The diagnostic lines on stderr, without the progress lines ("strata: compiling ..."). */
    List<String> errorLines() {
        return err.lines().filter(l -> !l.startsWith("strata: compiling")).toList();
    }
}
