package org.opentriage.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.opentriage.patient.TriageRequest;

/** SHA-256 of a request's canonical JSON: tells a true repeat from a reused Idempotency-Key. */
@ApplicationScoped
public class RequestFingerprint {

    private final ObjectMapper mapper;

    public RequestFingerprint(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String of(TriageRequest request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }
}
