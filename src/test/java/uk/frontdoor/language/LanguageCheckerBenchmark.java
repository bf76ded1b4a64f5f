package uk.frontdoor.language;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Throughput of {@link LanguageChecker} on realistic 2,000-character texts, half clean and half with acronyms and
 * jargon. Not a test: run it by hand from the repository root.
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp target/classes:target/test-classes uk.frontdoor.language.LanguageCheckerBenchmark
 * </pre>
 */
public final class LanguageCheckerBenchmark {

  private static final int TEXT_LENGTH = 2_000;
  private static final int CHECKS_PER_ROUND = 1_000;
  private static final int ROUNDS = 10;

  private static final String[] CLEAN = {
      "Jamie is seven and lives with his mum and his little sister in a flat above the shop.",
      "School said Jamie has been coming in hungry and tired, and his clothes have not been washed.",
      "Mum told me she is finding things hard since Dad left, and she would like help with routines.",
      "Jamie told his teacher that he likes drawing and football, and that he is scared when it is loud at home.",
      "The police made contact with the school on Tuesday to share what they knew.",
      "The contact details for the family doctor are on file, and the GP has no worries about the baby.",
      "Mum agreed that we could speak to the health visitor and the school about how the children are doing.",
      "Jamie's sister goes to nursery three mornings a week and staff say she is happy and settled.",
      "Gran lives nearby and helps with the school run; she said she could do more if Mum asked.",
      "We made contact with mum by phone and she was relieved that someone had called back.",
      "In class, Jamie finds reading hard but his teacher says he works well in a small team.",
  };

  private static final String[] DIRTY = {
      "The SW visited and the child presented as withdrawn, with poor eye contact.",
      "There is a history of DA and DV, and police attended twice; the TM agreed MASH checks.",
      "Mum was non-compliant with the CIN plan and has failed to engage with EH.",
      "Jamie has contact with dad on Saturdays; supervised contact at the contact centre went well.",
      "The HV has concerns and S.47 enquiries may follow if the ICPC is needed.",
      "Referred to CAMHS for low mood; school report challenging behaviour and attention-seeking.",
      "The service user said she did not want BIT, so the outcome was NFA with advice.",
      "He absconded from the placement and is known to YOS; a CSE screening tool was completed.",
  };

  private LanguageCheckerBenchmark() {
  }

  public static void main(String[] args) {
    Glossary glossary = Glossary.load(Path.of(args.length > 0 ? args[0] : Glossary.DEFAULT_LOCATION));
    long buildStart = System.nanoTime();
    LanguageChecker checker = new LanguageChecker(glossary);
    double buildMs = (System.nanoTime() - buildStart) / 1e6;

    List<String> texts = texts(new Random(42), 200);
    long findingsPerPass = texts.stream().mapToLong(t -> checker.check(t).size()).sum();
    System.out.printf("glossary: %d entries from %s; checker built in %.1f ms%n",
        glossary.entries().size(), glossary.sourceName(), buildMs);
    System.out.printf("texts: %d of %d characters (half clean, half dirty), %d findings in all%n",
        texts.size(), TEXT_LENGTH, findingsPerPass);

    long sink = 0;
    for (int i = 0; i < 20_000; i++) {
      sink += checker.check(texts.get(i % texts.size())).size();
    }

    double[] millis = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < CHECKS_PER_ROUND; i++) {
        sink += checker.check(texts.get(i % texts.size())).size();
      }
      millis[round] = (System.nanoTime() - start) / 1e6;
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    double median = (sorted[ROUNDS / 2 - 1] + sorted[ROUNDS / 2]) / 2;
    System.out.printf("time per %,d checks: min %.2f ms, median %.2f ms, max %.2f ms%n",
        CHECKS_PER_ROUND, sorted[0], median, sorted[ROUNDS - 1]);
    System.out.printf("throughput: %,.0f checks per second (median round)%n", CHECKS_PER_ROUND / (median / 1000));
    System.out.println("(ignore) " + sink);
  }

  /** Texts of exactly TEXT_LENGTH characters: even ones clean, odd ones with acronyms and jargon mixed in. */
  static List<String> texts(Random random, int count) {
    List<String> texts = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      boolean dirty = n % 2 == 1;
      StringBuilder sb = new StringBuilder(TEXT_LENGTH + 200);
      while (sb.length() < TEXT_LENGTH) {
        String[] pool = dirty && random.nextInt(3) == 0 ? DIRTY : CLEAN;
        sb.append(pool[random.nextInt(pool.length)]).append(random.nextInt(5) == 0 ? "\n" : " ");
      }
      sb.setLength(TEXT_LENGTH);
      texts.add(sb.toString());
    }
    return texts;
  }
}
