package org.opentriage.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/clinical-knowledge.md} is the knowledge base as a clinician reviews it, generated
 * from the YAML. When the YAML changes, this test writes the new listing and fails once, so the
 * listing in the repository always matches the knowledge the service runs on.
 */
class KnowledgeListingTest {

    static final Path LISTING = Path.of("docs/clinical-knowledge.md");

    @Test
    void theListingInTheRepositoryIsTheKnowledgeBaseInUse() throws IOException {
        KnowledgeBase base = KnowledgeBaseLoader.standard();
        String generated = KnowledgeListing.markdown(base);
        String committed = Files.exists(LISTING) ? Files.readString(LISTING, StandardCharsets.UTF_8) : "";
        if (!generated.equals(committed)) {
            Files.writeString(LISTING, generated, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/clinical-knowledge.md was out of date and has been regenerated: commit it")
                .isEqualTo(generated);
    }

    @Test
    void theListingShowsEveryQuestionWithItsLevelAndSource() {
        KnowledgeBase base = KnowledgeBaseLoader.standard();
        String md = KnowledgeListing.markdown(base);
        assertThat(md).startsWith("# Clinical knowledge base " + base.version());
        for (Knowledge.Discriminator d : base.discriminators().values()) {
            assertThat(md).as(d.id()).contains("`" + d.id() + "`").contains(d.question().hi());
        }
        Knowledge.Discriminator cardiac = base.discriminator("chest_pain.cardiac_type").orElseThrow();
        assertThat(md).contains("| yes → " + cardiac.level() + " |");
    }
}
