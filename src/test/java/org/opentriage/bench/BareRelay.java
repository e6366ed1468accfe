package org.opentriage.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The floor the service is measured against: a bare Vert.x relay in its own process that reads the
 * client's JSON, sends the stand-in the service's model request, writes {@code accepted} and then
 * each NDJSON line as a {@code token} event. No routing, validation, rules, security or storage:
 * what one extra process on the path costs on this machine.
 */
public final class BareRelay {

    private BareRelay() {
    }

    static BenchProcess start(int standInPort, Path modelRequest) throws IOException {
        return BenchProcess.start(BareRelay.class, "-Dbench.standInPort=" + standInPort, "-Dbench.modelRequest=" + modelRequest);
    }

    public static void main(String[] args) throws Exception {
        int standInPort = Integer.getInteger("bench.standInPort");
        Buffer modelRequest = Buffer.buffer(Files.readString(Path.of(System.getProperty("bench.modelRequest"))));
        Vertx vertx = Vertx.vertx();
        HttpClient model = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(1000).setKeepAlive(true));
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            body.toJsonObject();
            var response = request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
            response.write("event:accepted\ndata:{}\n\n");
            model.request(new RequestOptions().setMethod(HttpMethod.POST).setHost("localhost").setPort(standInPort)
                            .setURI("/api/chat").putHeader("Content-Type", "application/json"))
                    .compose(chat -> chat.send(modelRequest))
                    .onFailure(e -> response.reset())
                    .onSuccess(tokens -> {
                        tokens.handler(line -> response.write("event:token\ndata:" + line.toString().strip() + "\n\n"));
                        tokens.endHandler(ignored -> response.end("event:result\ndata:{}\n\n"));
                    });
        })).listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.out.println("listening " + server.actualPort());
    }
}
