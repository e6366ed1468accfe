package org.opentriage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A benchmark server in its own JVM (as Ollama and a proxy would be): started, its port read from "listening N". */
final class BenchProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private BenchProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BenchProcess start(Class<?> main, String... systemProperties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(systemProperties));
        command.add(main.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("listening ")) {
                Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return new BenchProcess(process, Integer.parseInt(line.substring("listening ".length()).strip()));
            }
        }
        throw new IllegalStateException(main.getSimpleName() + " did not start");
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
