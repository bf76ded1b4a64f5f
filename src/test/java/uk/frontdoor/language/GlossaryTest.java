package uk.frontdoor.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.frontdoor.language.GlossaryEntry.CaseMatch;
import uk.frontdoor.language.GlossaryEntry.Kind;

class GlossaryTest {

  static Glossary shipped() {
    return Glossary.load(Path.of(Glossary.DEFAULT_LOCATION));
  }

  private static Glossary parse(String csv) {
    return Glossary.parse(new StringReader(csv), "test.csv");
  }

  private static final String HEADER = "term,kind,meaning,write_instead,match\n";

  @Test
  void shippedGlossaryHasAtLeastEightyAcronymsAndJargonTerms() {
    Glossary glossary = shipped();
    assertThat(glossary.count(Kind.ACRONYM) + glossary.count(Kind.JARGON)).isGreaterThanOrEqualTo(80);
    assertThat(glossary.count(Kind.ALLOWED)).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CIN", "CP", "CPP", "LAC", "CLA", "CSE", "CCE", "DA", "DV", "NFA", "EH", "EHA", "BIT",
      "MASH", "CRS", "ICPC", "RCPC", "S17", "S47", "PLO", "SGO", "YOS", "HV", "SW", "TM", "SEN", "SEND", "EHCP",
      "CAMHS", "LADO", "IRO", "PEP", "UASC", "FGC", "CSC", "NEET", "ASD", "ADHD", "CPC", "TAF", "TAC", "MARAC",
      "MAPPA", "IDVA", "ISVA", "SARC", "FII", "FGM", "PR", "EPO", "ICO", "SPOC", "DSL", "SENCO", "PCSO", "A&E"})
  void shippedGlossaryHasEveryAcronymNamedInTheIssue(String term) {
    assertThat(shipped().find(term)).get().extracting(GlossaryEntry::kind).isEqualTo(Kind.ACRONYM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the child presented as", "presented as", "non-engagement", "non-compliant",
      "failed to engage", "service user", "placement breakdown", "contact with mum", "contact with dad",
      "contact with mother", "contact with father", "supervised contact", "contact session", "absconded",
      "challenging behaviour", "attention seeking", "manipulative", "LAC review"})
  void shippedGlossaryHasEveryPhraseNamedInTheIssue(String term) {
    assertThat(shipped().find(term)).get().extracting(GlossaryEntry::kind).isEqualTo(Kind.JARGON);
  }

  @Test
  void shippedGlossaryAllowsOrganisationsAndGp() {
    assertThat(shipped().find("GP")).get().extracting(GlossaryEntry::kind).isEqualTo(Kind.ALLOWED);
    assertThat(shipped().find("NSPCC")).get().extracting(GlossaryEntry::kind).isEqualTo(Kind.ALLOWED);
    assertThat(shipped().find("NHS")).get().extracting(GlossaryEntry::kind).isEqualTo(Kind.ALLOWED);
  }

  @Test
  void shippedGlossaryIsAlsoOnTheClasspathForTheJar() {
    assertThat(getClass().getResource("/processes/language/glossary.csv")).isNotNull();
  }

  @Test
  void readsQuotedFieldsCommentsBlankLinesAndDefaults() {
    Glossary glossary = parse("\uFEFF# a comment\n# another\n" + HEADER
        + "DA,acronym,domestic abuse,\"write \"\"domestic abuse\"\", or describe it\",\r\n"
        + "\n"
        + "service user,jargon,\"the person,\nwe work with\",use their name,\n"
        + "s47,acronym,section 47,write it out,any-case\n"
        + "NSPCC,allowed,,\n");

    assertThat(glossary.entries()).extracting(GlossaryEntry::term)
        .containsExactly("DA", "service user", "s47", "NSPCC");
    GlossaryEntry da = glossary.entries().get(0);
    assertThat(da.writeInstead()).isEqualTo("write \"domestic abuse\", or describe it");
    assertThat(da.match()).isEqualTo(CaseMatch.EXACT_CASE);
    assertThat(da.line()).isEqualTo(4);
    GlossaryEntry serviceUser = glossary.entries().get(1);
    assertThat(serviceUser.meaning()).isEqualTo("the person,\nwe work with");
    assertThat(serviceUser.match()).isEqualTo(CaseMatch.ANY_CASE);
    assertThat(serviceUser.line()).isEqualTo(6);
    assertThat(glossary.entries().get(2).line()).isEqualTo(8);
    assertThat(glossary.entries().get(2).match()).isEqualTo(CaseMatch.ANY_CASE);
    assertThat(glossary.entries().get(3).match()).isEqualTo(CaseMatch.ANY_CASE);
    assertThat(glossary.sourceName()).isEqualTo("test.csv");
  }

  @Test
  void unknownKindNamesFileLineAndKind() {
    assertThatThrownBy(() -> parse("# c\n" + HEADER + "DA,acronym,domestic abuse,write it,\nLAC,acronymn,x,y,\n"))
        .isInstanceOf(GlossaryFormatException.class)
        .hasMessage("test.csv line 4: unknown kind \"acronymn\"; use acronym, jargon or allowed")
        .extracting(e -> ((GlossaryFormatException) e).line()).isEqualTo(4);
  }

  @Test
  void emptyTermNamesTheLine() {
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,domestic abuse,write it,\n,jargon,x,y,\n"))
        .hasMessage("test.csv line 3: empty term");
  }

  @Test
  void duplicateTermNamesBothLinesIgnoringCaseAndHyphens() {
    assertThatThrownBy(() -> parse(HEADER + "attention seeking,jargon,x,y,\nDA,acronym,a,b,\n"
        + "Attention-Seeking,jargon,x,y,\n"))
        .hasMessage("test.csv line 4: duplicate term \"Attention-Seeking\" (already on line 2)");
  }

  @Test
  void otherProblemsNameTheLine() {
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,domestic abuse,write it,loose\n"))
        .hasMessageStartingWith("test.csv line 2: unknown match \"loose\"");
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,domestic abuse\n"))
        .hasMessageStartingWith("test.csv line 2: expected 5 columns");
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,domestic abuse,write it, exact-case,extra\n"))
        .hasMessageStartingWith("test.csv line 2: expected 5 columns");
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,,write it,\n"))
        .hasMessage("test.csv line 2: \"DA\" has no meaning");
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,domestic abuse,,\n"))
        .hasMessage("test.csv line 2: \"DA\" has no write_instead");
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,x,y,\nCP,acronym,\"child protection,y,\n"))
        .hasMessage("test.csv line 3: a quoted field is never closed (missing \")");
    assertThatThrownBy(() -> parse(HEADER + "DA,acronym,say \"DA\",y,\n"))
        .hasMessageStartingWith("test.csv line 2: a quote inside an unquoted field");
    assertThatThrownBy(() -> parse(HEADER + "--,jargon,x,y,\n"))
        .hasMessage("test.csv line 2: term \"--\" has no letters or digits");
    assertThatThrownBy(() -> parse("# only comments\nterm,kind,meaning\n"))
        .hasMessageStartingWith("test.csv line 2: the header must be term,kind,meaning,write_instead,match");
    assertThatThrownBy(() -> parse("# only comments\n"))
        .hasMessageStartingWith("test.csv line 2: no header");
  }

  @Test
  void entriesAreImmutable() {
    List<GlossaryEntry> entries = shipped().entries();
    assertThatThrownBy(() -> entries.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
