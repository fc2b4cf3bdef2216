package org.migplan.scan.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.migplan.core.model.ModelLabel;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.SourceFile;

/**
 * The first round of {@link ReferenceScanner}'s byte search over the Python files, started on a
 * thread of its own as soon as the files are walked, so that it runs while the caller builds the
 * model catalogue (which is partly serial and leaves a core idle). It looks for the model's name in
 * any case, which is all it knows before the catalogue exists: the scanner searches the files it
 * left out for the table named in the model's Meta afterwards, and for the names imports bind to
 * the model, from the bytes kept here. Results do not depend on it: {@code find} with or without a
 * search ahead returns the same references.
 */
public final class SearchAhead implements AutoCloseable {
  private final ProjectFiles files;
  private final String modelName;
  private final Needle needle;
  private final KeptBytes kept;
  private final FutureTask<List<ReferenceScanner.Pending>> task;
  private volatile boolean cancelled;

  private SearchAhead(ProjectFiles files, ModelLabel label, long keptBudget) {
    this.files = files;
    this.modelName = label.modelName();
    this.needle = Needle.of(List.of(modelName), List.of());
    this.kept = new KeptBytes(keptBudget);
    this.task = new FutureTask<>(this::search);
  }

  /**
   * Starts searching the project's Python files for the model's name. The thread is a daemon and
   * stops at the next file once the search is {@linkplain #close closed}, so an abandoned search
   * never holds the process.
   */
  public static SearchAhead start(ProjectFiles files, ModelLabel label) {
    return start(files, label, KeptBytes.budgetForThisJvm());
  }

  static SearchAhead start(ProjectFiles files, ModelLabel label, long keptBudget) {
    SearchAhead ahead = new SearchAhead(files, label, keptBudget);
    if (ahead.needle.searchable()) {
      Thread thread = new Thread(ahead.task, "migplan-search-ahead");
      thread.setDaemon(true);
      thread.start();
    } else {
      ahead.close(); // a non-ASCII name is not searched as bytes: the scanner reads every file
    }
    return ahead;
  }

  /** Stops the search if it is still running (its results are no longer needed). */
  @Override
  public void close() {
    cancelled = true;
    task.cancel(false);
  }

  /** Whether this search stands for the first round of a scan of {@code project} for the model. */
  boolean serves(ProjectFiles project, ModelLabel model) {
    return !cancelled && project == files && modelName.equals(model.modelName());
  }

  /** The bytes kept of the files left out; the scanner keeps more within the same budget. */
  KeptBytes kept() {
    return kept;
  }

  /**
   * Every Python file in the walk's order: with its text when the model's name is in it (or its
   * path names the model), else with its kept bytes (null when over the budget: read it again).
   */
  List<ReferenceScanner.Pending> result() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while searching the Python files", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (CancellationException e) {
      throw new IllegalStateException("the search ahead was cancelled", e);
    }
  }

  private List<ReferenceScanner.Pending> search() {
    FileBuffer buffer = new FileBuffer();
    List<ReferenceScanner.Pending> all = new ArrayList<>(files.python().size());
    for (SourceFile file : files.python()) {
      if (cancelled) {
        throw new CancellationException();
      }
      int length = buffer.read(file);
      byte[] bytes = buffer.bytes();
      Optional<String> text =
          ReferenceScanner.textIfFound(file, modelName, needle, bytes, 0, length);
      all.add(
          text.isPresent()
              ? new ReferenceScanner.Pending(file, null, text.get())
              : new ReferenceScanner.Pending(file, kept.keep(bytes, length), null));
    }
    return all;
  }
}
