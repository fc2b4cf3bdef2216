import java.nio.file.Path;
import java.util.TreeSet;
import org.migplan.scan.ProjectScanner;

/**
 * Prints the relations migplan's scanner finds under a directory, one "app.Model field ->
 * app.Target" line each, sorted (the format of migplan-scan/src/test/python/installed_app_relations.py).
 * Usage: java -cp migplan-cli/target/migplan.jar bench/Relations.java DIR [--skip-test-apps]
 * (the second leaves out a package's own test apps, which an installed package does not install)
 */
public class Relations {
  public static void main(String[] args) {
    var lines = new TreeSet<String>();
    boolean skipTests = args.length > 1 && args[1].equals("--skip-test-apps");
    var catalogue = ProjectScanner.catalogue(Path.of(args[0]));
    for (var r : catalogue.relations()) {
      String file = "/" + catalogue.find(r.sourceModel()).map(m -> m.file()).orElse(r.file());
      if (skipTests && (file.contains("/tests/") || file.contains("/testapp/") || file.contains("/test_"))) {
        continue;
      }
      lines.add(r.sourceModel() + " " + r.field() + " -> " + r.target().map(Object::toString).orElse(""));
    }
    lines.forEach(System.out::println);
  }
}
