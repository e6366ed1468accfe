package org.opentriage.rules;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The clinical knowledge base, loaded and checked at start: a base with a problem stops the service. */
@ApplicationScoped
public class ClinicalKnowledge {

    @Produces
    @Singleton
    @Startup
    KnowledgeBase knowledgeBase() {
        return KnowledgeBaseLoader.standard();
    }

    @Produces
    @Singleton
    ScreeningEngine screeningEngine(KnowledgeBase base) {
        return new ScreeningEngine(base);
    }
}
