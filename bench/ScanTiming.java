import java.nio.file.Path;
import java.util.OptionalInt;
import org.migplan.core.model.ModelLabel;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.references.ReferenceScanner;
import org.migplan.scan.references.SearchAhead;

/**
 * Times the source scan inside one JVM (no start-up cost), as `migplan map` runs it: the walk, the
 * catalogue (with the search for the model's name running beside it), then the references.
 * Usage: java -cp migplan-cli/target/migplan.jar bench/ScanTiming.java TREE LABEL [RUNS]
 */
public class ScanTiming {
  public static void main(String[] args) {
    Path tree = Path.of(args[0]);
    ModelLabel label = ModelLabel.parse(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long best = Long.MAX_VALUE;
    long bestCatalogue = Long.MAX_VALUE;
    int found = 0;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      var files = ProjectScanner.walk(tree);
      long catalogue;
      try (SearchAhead ahead = SearchAhead.start(files, label)) {
        var project = ProjectScanner.scan(files);
        catalogue = System.nanoTime() - start;
        found = ReferenceScanner.find(project, label, OptionalInt.empty(), ahead).size();
      }
      long total = System.nanoTime() - start;
      best = Math.min(best, total);
      System.out.printf("run %d: %d ms%n", i + 1, total / 1_000_000);
      bestCatalogue = Math.min(bestCatalogue, catalogue);
    }
    System.out.printf("scan in one JVM: best of %d: %d ms (catalogue %d ms), %d references%n",
        runs, best / 1_000_000, bestCatalogue / 1_000_000, found);
  }
}
