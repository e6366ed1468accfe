package org.opentriage.rest;

/** A request header with a value the API does not accept: a 400 naming the header. */
public class InvalidHeaderException extends RuntimeException {

    private final String header;

    public InvalidHeaderException(String header, String message) {
        super(message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
