package org.opentriage.privacy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.opentriage.common.Timestamps;

/**
 * Erases patient data: resolved cases and stale intake sessions past their retention age, and a
 * patient's data on request. Each erased case takes its intake transcript and its audit entries
 * with it and leaves a tombstone (no health data) in {@code erasure_audit}. Each batch is one
 * transaction; rows another replica is erasing are skipped, so replicas never erase twice.
 */
@ApplicationScoped
public class ErasureService {

    static final String RETENTION = "retention";
    static final String ERASURE_REQUEST = "erasure_request";
    static final String RETENTION_ACTOR = "retention-job";
    private static final int REQUEST_BATCH = 10_000;

    /** Parameters: $1 at, $2 actor, $3 reason, $4 the criterion's value, $5 batch size. */
    private static final String ERASE_CASES = """
            with doomed as (
                select c.id, c.created_at, c.level,
                       (select count(*) from case_audit a where a.case_id = c.id) as audit_entries
                from triage_case c where %s
                order by c.id limit $5 for update skip locked),
            gone_audit as (delete from case_audit a using doomed d where a.case_id = d.id),
            gone_sessions as (delete from intake_session s using doomed d where s.case_id = d.id returning s.id, s.created_at),
            gone_cases as (delete from triage_case c using doomed d where c.id = d.id returning c.id),
            case_stones as (insert into erasure_audit (at, actor, reason, subject, subject_id, subject_created_at, final_level, audit_entries)
                select $1, $2, $3, 'case', d.id, d.created_at, d.level, d.audit_entries from doomed d returning 1),
            session_stones as (insert into erasure_audit (at, actor, reason, subject, subject_id, subject_created_at)
                select $1, $2, $3, 'intake_session', s.id, s.created_at from gone_sessions s returning 1),
            -- Dashboards drop erased cases (delivered on commit, like every case notification).
            notified as (select pg_notify('triage_case', d.id::text) from doomed d)
            select (select count(*) from case_stones) as cases, (select count(*) from session_stones) as sessions,
                   (select count(*) from notified) as notified
            """;

    private static final String ERASE_SESSIONS = """
            with doomed as (
                select s.id from intake_session s where %s
                order by s.id limit $5 for update skip locked),
            gone as (delete from intake_session s using doomed d where s.id = d.id returning s.id, s.created_at),
            stones as (insert into erasure_audit (at, actor, reason, subject, subject_id, subject_created_at)
                select $1, $2, $3, 'intake_session', g.id, g.created_at from gone g returning 1)
            select 0 as cases, (select count(*) from stones) as sessions
            """;

    private static final String RESOLVED_BEFORE = "c.status = 'RESOLVED' and c.resolved_at < $4";
    private static final String CASE_OF_PATIENT = "c.external_ref = $4";
    private static final String STALE_SESSION = "s.case_id is null and s.expires_at < $4";
    private static final String SESSION_OF_PATIENT = "s.patient ->> 'externalRef' = $4";

    private final Pool pool;
    private final RetentionConfig config;

    public ErasureService(Pool pool, RetentionConfig config) {
        this.pool = pool;
        this.config = config;
    }

    /** Counts of what one statement erased. */
    record Erased(int cases, int sessions) {
        Erased plus(Erased other) {
            return new Erased(cases + other.cases, sessions + other.sessions);
        }
    }

    /** Erases everything past its retention age, batch by batch; returns what went. */
    public Uni<ErasureView> eraseExpired() {
        Instant now = Timestamps.now();
        Object caseCutoff = utc(now.minus(config.resolvedCases()));
        Object sessionCutoff = utc(now.minus(config.intakeSessions()));
        return repeat(ERASE_CASES.formatted(RESOLVED_BEFORE), now, caseCutoff, new Erased(0, 0))
                .chain(cases -> repeat(ERASE_SESSIONS.formatted(STALE_SESSION), now, sessionCutoff, cases))
                .map(total -> new ErasureView(now, total.cases(), total.sessions()));
    }

    /** Erases one patient's cases and intake sessions, by the app's reference, and logs the request. */
    public Uni<ErasureView> eraseByExternalRef(String externalRef, String reference, String actor) {
        Instant now = Timestamps.now();
        return pool.withTransaction(conn -> allowErasure(conn)
                .chain(() -> erase(conn, ERASE_CASES.formatted(CASE_OF_PATIENT), now, actor, ERASURE_REQUEST, externalRef, REQUEST_BATCH))
                .chain(cases -> erase(conn, ERASE_SESSIONS.formatted(SESSION_OF_PATIENT), now, actor, ERASURE_REQUEST, externalRef, REQUEST_BATCH)
                        .map(cases::plus))
                .call(total -> conn.preparedQuery("""
                                insert into erasure_audit (at, actor, reason, subject, external_ref_sha256, request_reference, cases, intake_sessions)
                                values ($1, $2, 'erasure_request', 'request', $3, $4, $5, $6)""")
                        .execute(Tuple.from(List.of(utc(now), actor, sha256(externalRef), reference == null ? "" : reference,
                                total.cases(), total.sessions())))))
                .map(total -> new ErasureView(now, total.cases(), total.sessions()));
    }

    /** The erasure log, newest first. */
    public Uni<List<ErasureEntryView>> log(int limit) {
        return pool.preparedQuery("""
                        select at, actor, reason, subject, subject_id, subject_created_at, final_level, audit_entries,
                               external_ref_sha256, nullif(request_reference, '') as request_reference, cases, intake_sessions
                        from erasure_audit order by at desc, id desc limit $1""")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<ErasureEntryView> entries = new ArrayList<>();
                    for (Row r : rows) {
                        entries.add(new ErasureEntryView(instant(r, "at"), r.getString("actor"), r.getString("reason"),
                                r.getString("subject"), r.getUUID("subject_id"), instant(r, "subject_created_at"),
                                r.getInteger("final_level"), r.getInteger("audit_entries"), r.getString("external_ref_sha256"),
                                r.getString("request_reference"), r.getInteger("cases"), r.getInteger("intake_sessions")));
                    }
                    return List.copyOf(entries);
                });
    }

    private Uni<Erased> repeat(String sql, Instant now, Object cutoff, Erased sofar) {
        return pool.withTransaction(conn -> allowErasure(conn)
                        .chain(() -> erase(conn, sql, now, RETENTION_ACTOR, RETENTION, cutoff, config.batchSize())))
                .chain(batch -> Math.max(batch.cases(), batch.sessions()) < config.batchSize()
                        ? Uni.createFrom().item(sofar.plus(batch))
                        : repeat(sql, now, cutoff, sofar.plus(batch)));
    }

    /** Lets this transaction, and only it, delete audit entries. */
    private static Uni<Void> allowErasure(SqlConnection conn) {
        return conn.query("select set_config('triage.erasure', 'on', true)").execute().replaceWithVoid();
    }

    private static Uni<Erased> erase(SqlConnection conn, String sql, Instant now, String actor, String reason,
                                     Object criterion, int limit) {
        return conn.preparedQuery(sql).execute(Tuple.from(List.of(utc(now), actor, reason, criterion, limit)))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new Erased(r.getLong("cases").intValue(), r.getLong("sessions").intValue());
                });
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
