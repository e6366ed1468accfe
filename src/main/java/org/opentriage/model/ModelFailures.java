package org.opentriage.model;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.opentriage.common.Causes;

/** Names why a model call failed, for {@code model.degradedReason} and the metrics. */
public final class ModelFailures {

    static final String TIMEOUT = "timeout";
    static final String UNREACHABLE = "unreachable";
    static final String HTTP_ERROR = "http_error";
    static final String INVALID_OUTPUT = "invalid_output";
    static final String MODEL_ERROR = "model_error";
    /** The client went away before the model finished. */
    public static final String CANCELLED = "cancelled";

    private ModelFailures() {
    }

    static String classify(Throwable failure) {
        for (Throwable t : Causes.of(failure)) {
            String type = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException
                    || type.endsWith("TimeoutException") || message.contains("timed out") || message.contains("timeout")) {
                return TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || message.contains("connection refused")) {
                return UNREACHABLE;
            }
            if (type.equals("dev.langchain4j.exception.HttpException") || type.endsWith("WebApplicationException")
                    || type.endsWith("ClientWebApplicationException")) {
                return HTTP_ERROR;
            }
            if (type.startsWith("com.fasterxml.jackson") || type.endsWith("OutputParsingException")
                    || type.endsWith("JsonSchemaException")) {
                return INVALID_OUTPUT;
            }
        }
        return MODEL_ERROR;
    }
}
