package org.opentriage.intake;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.opentriage.cases.CaseMapper;
import org.opentriage.cases.CaseView;
import org.opentriage.common.CaseNotFoundException;
import org.opentriage.common.IntakeFullException;
import org.opentriage.common.InvalidTransitionException;
import org.opentriage.common.SessionExpiredException;
import org.opentriage.common.StreamEvent;
import org.opentriage.common.Timestamps;
import org.opentriage.common.VertxContexts;
import org.opentriage.model.IntakeAdvisor;
import org.opentriage.model.ModelText;
import org.opentriage.patient.TriageRequest;
import org.opentriage.rules.KnowledgeBase;
import org.opentriage.rules.SafetyFloor;
import org.opentriage.rules.SafetyFloorEngine;
import org.opentriage.rules.Screening;
import org.opentriage.rules.TriageLevel;
import org.opentriage.security.Caller;
import org.opentriage.triage.PatientAdvice;
import org.opentriage.triage.TriageService;

/**
 * Conversational intake. Every patient message re-runs the red-flag rules on everything the
 * patient has said; an emergency interrupts the interview with emergency advice at once. Otherwise
 * the model asks its next question, streamed. Finishing creates a case exactly as
 * {@code POST /api/v1/triage} does (idempotently: finishing twice returns the same case).
 */
@ApplicationScoped
public class IntakeService {

    /**
     * The most the patient's words may add up to in one session: two complaints' worth of {@code
     * POST /api/v1/triage}, which keeps the final prompt within the model's context.
     */
    public static final int MAX_PATIENT_CHARACTERS = 8000;

    static final String PATIENT = "patient";
    static final String ASSISTANT = "assistant";

    private final SafetyFloorEngine rules;
    private final IntakeAdvisor advisor;
    private final PatientAdvice advice;
    private final TriageService triage;
    private final IntakeConfig config;
    private final KnowledgeBase knowledge;

    public IntakeService(SafetyFloorEngine rules, IntakeAdvisor advisor, PatientAdvice advice, TriageService triage,
                         IntakeConfig config, KnowledgeBase knowledge) {
        this.rules = rules;
        this.advisor = advisor;
        this.advice = advice;
        this.triage = triage;
        this.config = config;
        this.knowledge = knowledge;
    }

    public Multi<StreamEvent> start(IntakeStartRequest request, Caller caller) {
        Instant now = Timestamps.now();
        IntakeSession s = new IntakeSession();
        s.id = UUID.randomUUID();
        s.createdAt = now;
        s.updatedAt = now;
        s.expiresAt = now.plus(config.ttl());
        s.status = IntakeSession.Status.ACTIVE;
        s.clientId = caller.clientId();
        s.language = request.language() == null ? TriageRequest.DEFAULT_LANGUAGE : request.language();
        s.patient = request.patient();
        s.vitals = request.vitals();
        s.transcript = new Transcript(List.of(new Transcript.Turn(PATIENT, request.message().strip())));
        Executor onContext = VertxContexts.current();
        return Panache.withTransaction(() -> s.persist()).replaceWith(s)
                .onItem().transformToMulti(saved -> Multi.createBy().concatenating().streams(
                        Multi.createFrom().item(new IntakeEvents.Session(view(saved))), turn(saved, onContext)));
    }

    public Multi<StreamEvent> message(UUID id, IntakeMessage message, Caller caller) {
        Executor onContext = VertxContexts.current();
        return Panache.withTransaction(() -> active(id, caller).invoke(s -> {
            Transcript next = s.transcript.with(PATIENT, message.text().strip());
            // Past the limit a message is refused, unless it is an emergency: that is kept and interrupts.
            if (next.patientWords().length() > MAX_PATIENT_CHARACTERS && !emergency(rules.evaluate(request(s, next)))) {
                throw new IntakeFullException(id, MAX_PATIENT_CHARACTERS);
            }
            s.transcript = next;
            s.updatedAt = Timestamps.now();
            s.expiresAt = s.updatedAt.plus(config.ttl());
        })).onItem().transformToMulti(s -> turn(s, onContext));
    }

    public Uni<IntakeView> get(UUID id, Caller caller) {
        return Panache.withSession(() -> find(id, caller)).map(IntakeService::view);
    }

    public Uni<CaseView> finish(UUID id, Caller caller) {
        return Panache.withSession(() -> find(id, caller)).chain(s -> {
            if (s.status != IntakeSession.Status.FINISHED && expired(s)) {
                return Uni.createFrom().failure(new SessionExpiredException(id));
            }
            return triage.triage(request(s), "intake:" + id, caller).call(result -> Panache.withTransaction(() -> find(id).invoke(fresh -> {
                fresh.status = IntakeSession.Status.FINISHED;
                fresh.caseId = result.view().id();
                fresh.updatedAt = Timestamps.now();
            }))).map(TriageService.Result::view);
        });
    }

    /**
     * One turn: rules first (with the answers to the screening questions so far); an emergency
     * interrupts; then the screen's open questions, most urgent first, one at a time, in the
     * patient's language and without the model (so the interview works when the model is down);
     * then the model's own questions, streamed.
     */
    private Multi<StreamEvent> turn(IntakeSession s, Executor onContext) {
        SafetyFloor floor = rules.evaluate(request(s));
        if (emergency(floor)) {
            StreamEvent interrupt = new IntakeEvents.Interrupt(CaseMapper.rulesTriage(floor),
                    CaseMapper.toViews(floor.redFlags(), s.language),
                    advice.forLevel(floor.floor(), s.language, false, floor.selfHarm()));
            return Uni.createFrom().deferred(() -> update(s.id, fresh -> fresh.status = IntakeSession.Status.INTERRUPTED))
                    .runSubscriptionOn(onContext).replaceWith(interrupt).toMulti();
        }
        if (!floor.screening().questions().isEmpty()) {
            Screening.Question next = floor.screening().questions().get(0);
            return Uni.createFrom().deferred(() -> update(s.id, fresh -> fresh.transcript = fresh.transcript.asked(next.id(), next.text())))
                    .runSubscriptionOn(onContext)
                    .<StreamEvent>replaceWith(new IntakeEvents.Question(next.text(), next.id(), next.answerType(), next.unit()))
                    .toMulti();
        }
        if (s.transcript.modelQuestions() >= config.maxQuestions()) {
            return Multi.createFrom().item(new IntakeEvents.Ready(false));
        }
        ModelText question = new ModelText();
        Multi<StreamEvent> tokens = question.read(advisor.nextQuestion(s.patient, s.language, s.transcript.advisorTurns()))
                .map(StreamEvent.Token::new);
        Multi<StreamEvent> end = Uni.createFrom().deferred(() -> {
            String answer = question.text().strip();
            if (question.failure() != null || answer.isEmpty()) {
                return Uni.createFrom().<StreamEvent>item(new IntakeEvents.Ready(true));
            }
            if (IntakeAdvisor.isDone(answer)) {
                return Uni.createFrom().<StreamEvent>item(new IntakeEvents.Ready(false));
            }
            return update(s.id, fresh -> fresh.transcript = fresh.transcript.with(ASSISTANT, answer))
                    .replaceWith(new IntakeEvents.Question(answer));
        }).runSubscriptionOn(onContext).toMulti();
        return Multi.createBy().concatenating().streams(tokens, end);
    }

    private Uni<IntakeSession> update(UUID id, java.util.function.Consumer<IntakeSession> change) {
        return Panache.withTransaction(() -> find(id).invoke(s -> {
            change.accept(s);
            s.updatedAt = Timestamps.now();
        }));
    }

    private Uni<IntakeSession> active(UUID id, Caller caller) {
        return find(id, caller).invoke(s -> {
            if (expired(s)) {
                throw new SessionExpiredException(id);
            }
            if (s.status != IntakeSession.Status.ACTIVE) {
                throw new InvalidTransitionException("This intake session is " + s.status.name().toLowerCase()
                        + "; it takes no more messages. Finish it to get the triage.");
            }
        });
    }

    /** A session, if this caller may see it: another client's session is "not found". */
    private Uni<IntakeSession> find(UUID id, Caller caller) {
        return find(id).invoke(s -> {
            if (!caller.mayRead(s.clientId)) {
                throw new CaseNotFoundException("intake session", id);
            }
        });
    }

    private Uni<IntakeSession> find(UUID id) {
        return IntakeSession.<IntakeSession>findById(id).map(s -> {
            if (s == null) {
                throw new CaseNotFoundException("intake session", id);
            }
            return s;
        });
    }

    private static boolean expired(IntakeSession s) {
        return s.expiresAt.isBefore(Instant.now());
    }

    private static boolean emergency(SafetyFloor floor) {
        return floor.floor().level() <= TriageLevel.EMERGENCY.level();
    }

    /**
     * The triage request the session amounts to: everything the patient said is the complaint,
     * uncut, so that the rules see a red flag however late in the conversation it comes, with the
     * questions the patient said yes to ({@link Transcript#complaint()}).
     */
    TriageRequest request(IntakeSession s) {
        return request(s, s.transcript);
    }

    private TriageRequest request(IntakeSession s, Transcript transcript) {
        return new TriageRequest(s.patient, transcript.complaint(), List.of(), s.vitals, null, s.language, null,
                transcript.screeningAnswers(knowledge));
    }

    static IntakeView view(IntakeSession s) {
        return new IntakeView(s.id, s.status.name().toLowerCase(), s.createdAt, s.expiresAt,
                s.transcript.turns().stream().map(t -> new IntakeView.TurnView(t.role(), t.text())).toList(), s.caseId);
    }
}
