package uk.frontdoor.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.frontdoor.language.GlossaryEntry.Kind;

class LanguageCheckerTest {

  private static final LanguageChecker CHECKER = new LanguageChecker(GlossaryTest.shipped());

  private static List<String> termsIn(String text) {
    return CHECKER.check(text).stream().map(LanguageFinding::term).toList();
  }

  static Stream<GlossaryEntry> flaggedEntries() {
    return GlossaryTest.shipped().entries().stream().filter(GlossaryEntry::flagged);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flaggedEntries")
  void everyGlossaryTermIsFoundInASentence(GlossaryEntry entry) {
    String text = "On Monday, " + entry.term() + " was talked about with the family.";
    List<LanguageFinding> findings = CHECKER.check(text);
    assertThat(findings).extracting(LanguageFinding::term).containsExactly(entry.term());
    assertThat(findings.get(0).found()).isEqualTo(entry.term());
    assertThat(findings.get(0).start()).isEqualTo("On Monday, ".length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flaggedEntries")
  void whatToWriteInsteadIsItselfChildFocused(GlossaryEntry entry) {
    assertThat(CHECKER.check(entry.writeInstead())).as(entry.writeInstead()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
            Mum told the SW that Jamie is scared at night.                | SW
            Jamie was on a CIN plan until March.                          | CIN
            Jamie has been subject to a CP plan since 2023.               | CP plan
            Jamie's name is on a CPP.                                     | CPP
            Jamie became LAC in 2021.                                     | LAC
            As a CLA she has a review every six months.                   | CLA
            School are worried about CSE after she was seen in cars.      | CSE
            Police think he is at risk of CCE.                            | CCE
            There is a history of DA between the parents.                 | DA
            Neighbours heard DV at the address last week.                 | DV
            Outcome: NFA, information given to mum.                       | NFA
            Stepped down to EH with consent.                              | EH
            An EHA was completed by the school.                           | EHA
            Passed to BIT for support with routines.                      | BIT
            MASH checks were completed today.                             | MASH
            The contact came into CRS from the police.                    | CRS
            Assessment under S17 agreed by the manager.                   | S17
            Strategy discussion held and S47 enquiries started.          | S47
            Parents were told the council is starting the PLO.            | PLO
            Gran has an SGO for both children.                            | SGO
            He is known to YOS for shoplifting.                           | YOS
            The HV visited on Tuesday.                                    | HV
            Discussed with the TM who agreed the plan.                    | TM
            He has SEN and finds reading hard.                            | SEN
            She has SEND and uses a wheelchair.                           | SEND
            The EHCP names a specialist school.                           | EHCP
            Referred to CAMHS for low mood.                               | CAMHS
            The ICPC is booked for the 3rd.                               | ICPC
            The RCPC agreed the plan should continue.                     | RCPC
            Mum was taken to A&E by ambulance.                            | A&E
            The LADO was told about the teacher.                          | LADO
            """)
  void acronymsInRealisticSentencesAreFound(String text, String term) {
    assertThat(termsIn(text)).containsExactly(term);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
            When I visited, the child presented as withdrawn.           | the child presented as
            Jamie presented as happy and chatty.                        | presented as
            There has been non-engagement with the school nurse.        | non-engagement
            Mum was non-compliant with the plan.                        | non-compliant
            Dad failed to engage with the parenting course.             | failed to engage
            The service user has two children.                          | service user
            After the placement breakdown he moved again.               | placement breakdown
            Jamie has contact with mum on Saturdays.                    | contact with mum
            Contact with Dad was cancelled.                             | contact with dad
            She enjoys contact with mother at the library.              | contact with mother
            There is no contact with father at present.                 | contact with father
            Supervised contact takes place weekly.                      | supervised contact
            The contact session went well.                              | contact session
            He absconded from the home overnight.                       | absconded
            School describe challenging behaviour at lunchtime.         | challenging behaviour
            Staff say she is attention-seeking.                         | attention seeking
            She can be manipulative with carers.                        | manipulative
            The LAC review is next week.                                | LAC review
            """)
  void phrasesAreFoundInAnyCaseAndWithHyphens(String text, String term) {
    assertThat(termsIn(text)).containsExactly(term);
  }

  @ParameterizedTest
  @ValueSource(strings = {"class", "classroom", "dash", "Dad", "dad's", "cinema", "Cinderella", "lack", "lace",
      "lacks", "team", "teams", "swim", "Sent home early", "Jamie was sent home", "a bit worried", "mashed potato",
      "Das", "da", "Da", "cp", "sen", "hvac", "HVAC", "Tim", "pep talk", "salt and pepper", "Ed", "in care",
      "the contact details are on file", "Mum's contact number changed", "the school is the point of contact",
      "the police made contact with the school", "We made contact with mum by phone",
      "The school is in contact with dad", "Registered with the GP", "The NHS and the NSPCC",
      "A DNA test showed he is the father", "section 47 enquiries", "Mum's 17 year old son", "LACS",
      "Jamie said \"I like my teacher\".", ""})
  void ordinaryWordsAreNotFlagged(String text) {
    assertThat(CHECKER.check(text)).isEmpty();
    assertThat(CHECKER.isClean(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"S47", "s47", "S.47", "s.47", "S 47", "s. 47", "S-47"})
  void sectionFortySevenIsFoundInItsShortForms(String form) {
    List<LanguageFinding> findings = CHECKER.check("Agreed " + form + " enquiries.");
    assertThat(findings).extracting(LanguageFinding::term, LanguageFinding::found).containsExactly(tuple("S47", form));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
            Both LACs live with carers.       | LAC  | LACs
            Mum attended the CP's first day.  | CP   | CP's
            The SW’s car was blocked in.      | SW   | SW’s
            Two service users complained.     | service user | service users
            Both contact sessions went well.  | contact session | contact sessions
            """)
  void pluralsAndPossessivesAreFound(String text, String term, String found) {
    assertThat(CHECKER.check(text)).extracting(LanguageFinding::term, LanguageFinding::found)
        .containsExactly(tuple(term, found));
  }

  @Test
  void acronymsAreFoundBeforePunctuationAndAtTheEdgesOfTheText() {
    assertThat(termsIn("DA")).containsExactly("DA");
    assertThat(termsIn("NFA - no concerns for the children")).containsExactly("NFA");
    assertThat(termsIn("The outcome was NFA")).containsExactly("NFA");
    assertThat(termsIn("Seen by (HV), SW; TM: DSL! CAMHS? CIN/CP.")).containsExactly(
        "HV", "SW", "TM", "DSL", "CAMHS", "CIN", "CP");
    assertThat(termsIn("Mum said \"the SW shouted at me\"")).containsExactly("SW");
  }

  @Test
  void phrasesAreFoundAcrossLineBreaksWithTheirOffsets() {
    String text = "We arranged supervised\r\n   contact for Saturday.";
    List<LanguageFinding> findings = CHECKER.check(text);
    assertThat(findings).hasSize(1);
    LanguageFinding finding = findings.get(0);
    assertThat(finding.found()).isEqualTo("supervised\r\n   contact");
    assertThat(finding.start()).isEqualTo(12);
    assertThat(finding.end()).isEqualTo(text.indexOf(" for"));
    assertThat(finding.message()).startsWith("\"supervised contact\" (family time with a worker present)");
  }

  @Test
  void phrasesDoNotMatchAcrossSentences() {
    assertThat(termsIn("Nobody was presented. As a result")).isEmpty();
  }

  @Test
  void findingsCarryOffsetsKindMeaningAndAdvice() {
    String text = "The SW saw Jamie.\nMum spoke about DA and the service user said nothing.";
    List<LanguageFinding> findings = CHECKER.check(text);
    assertThat(findings).extracting(LanguageFinding::found, LanguageFinding::start, LanguageFinding::end,
            LanguageFinding::kind)
        .containsExactly(tuple("SW", 4, 6, Kind.ACRONYM), tuple("DA", 34, 36, Kind.ACRONYM),
            tuple("service user", 45, 57, Kind.JARGON));
    for (LanguageFinding f : findings) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.found());
    }
    assertThat(findings.get(1).meaning()).isEqualTo("domestic abuse");
    assertThat(findings.get(1).writeInstead()).isEqualTo("write \"domestic abuse\" or describe what happened instead");
  }

  @Test
  void theLongestTermStartingFirstWins() {
    assertThat(termsIn("At the LAC review Jamie spoke up.")).containsExactly("LAC review");
    assertThat(termsIn("Jamie has had contact with mum and Dad.")).containsExactly("contact with mum");
    assertThat(termsIn("Jamie had contact with mum. SW to visit.")).containsExactly("contact with mum", "SW");
  }

  @Test
  void allowedTermsSuppressFindings() {
    String csv = "term,kind,meaning,write_instead,match\n"
        + "GP,acronym,general practitioner,write family doctor,\n"
        + "DNA,acronym,did not attend,write was not brought,\n"
        + "DNA test,allowed,,,\n";
    LanguageChecker strict = new LanguageChecker(Glossary.parse(new StringReader(csv), "strict.csv"));
    assertThat(strict.check("Seen by the GP. DNA the clinic. A DNA test was done."))
        .extracting(LanguageFinding::term).containsExactly("GP", "DNA");
    assertThat(CHECKER.check("Seen by the GP. A DNA test was done.")).isEmpty();
    assertThat(termsIn("Jamie DNA the clinic; DNA testing was done.")).containsExactly("DNA");
  }

  @Test
  void messageTellsThePractitionerWhatToWrite() {
    LanguageFinding da = CHECKER.check("History of DA.").get(0);
    assertThat(da.message())
        .isEqualTo("\"DA\" (domestic abuse): write \"domestic abuse\" or describe what happened instead.");
  }

  @Test
  void describeListsEachTermOnceWithHowOftenItWasFound() {
    String described = LanguageFinding.describe(CHECKER.check("SW visited. DA reported. SW to return."));
    assertThat(described).isEqualTo("""
                "SW" (social worker): write "social worker" and their name. Found 2 times.
                "DA" (domestic abuse): write "domestic abuse" or describe what happened instead.""");
    assertThat(LanguageFinding.describe(List.of())).isEmpty();
  }

  @Test
  void nullAndEmptyTextsAreClean() {
    assertThat(CHECKER.check(null)).isEmpty();
    assertThat(CHECKER.check("   \n ")).isEmpty();
  }

  @Test
  void oneCheckerIsSafeToShareBetweenThreads() {
    String text = "The SW saw Jamie. Supervised contact went well. No DA reported. Referred to CAMHS.";
    List<LanguageFinding> expected = CHECKER.check(text);
    List<List<LanguageFinding>> results = IntStream.range(0, 2_000).parallel()
        .mapToObj(i -> CHECKER.check(text)).toList();
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
  }
}
