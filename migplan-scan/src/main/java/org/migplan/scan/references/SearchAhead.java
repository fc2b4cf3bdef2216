package org.migplan.scan.references;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.migplan.core.model.ModelLabel;
import org.migplan.scan.project.ProjectFiles;
import org.migplan.scan.project.SourceFile;
import org.migplan.scan.python.ModuleParser;
import org.migplan.scan.python.PythonModule;

/**
 * The rounds of {@link ReferenceScanner}'s byte search over the Python files, started on a thread
 * of their own as soon as the files are walked, so that they run while the caller builds the model
 * catalogue (which is partly serial and leaves a core idle): the model's name in any case, then the
 * names the found files' imports bind to it. Only the table named in the model's Meta is unknown
 * before the catalogue exists: the scanner searches the files left out for it afterwards, from the
 * bytes kept here. Results do not depend on it: {@code find} with or without a search ahead returns
 * the same references.
 */
public final class SearchAhead {
  private final ProjectFiles files;
  private final String modelName;
  private final String objectName;
  private final Needle needle;
  private final KeptBytes kept;
  private final FutureTask<Result> task;
  private volatile boolean cancelled;

  private SearchAhead(ProjectFiles files, ModelLabel label, long keptBudget) {
    this.files = files;
    this.modelName = label.modelName();
    this.objectName = label.objectName();
    this.needle = Needle.of(List.of(modelName), List.of());
    this.kept = new KeptBytes(keptBudget);
    this.task = new FutureTask<>(this::search);
  }

  /**
   * Starts searching the project's Python files for the model's name. The thread is a daemon and
   * stops at the next file once {@link #cancel} is called, so an abandoned search never holds the
   * process.
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
      ahead.cancel(); // a non-ASCII name is not searched as bytes: the scanner reads every file
    }
    return ahead;
  }

  /** Stops the search (the caller no longer needs it, e.g. the model was not found). */
  public void cancel() {
    cancelled = true;
    task.cancel(false);
  }

  /** Whether this search stands for the rounds of a scan of {@code project} for the model. */
  boolean serves(ProjectFiles project, ModelLabel model) {
    return !cancelled
        && project == files
        && modelName.equals(model.modelName())
        && objectName.equals(model.objectName());
  }

  /** The bytes kept of the files left out; the scanner keeps more within the same budget. */
  KeptBytes kept() {
    return kept;
  }

  /** The files of the rounds searched ahead, and the names they searched for. */
  record Result(List<ReferenceScanner.Pending> pending, BoundNames names) {}

  /**
   * Every Python file in the walk's order: with its text and module when a round found it (or its
   * path names the model), else with its kept bytes (null when over the budget: read it again); and
   * the names bound to the model, every one of them searched for already.
   */
  Result result() {
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

  /**
   * The rounds: the model's name in any case (or a path that names it), then the names the found
   * files' imports bind to the model, as whole identifiers, among the files still left out, until
   * no round adds a name.
   */
  private Result search() {
    FileBuffer buffer = new FileBuffer();
    BoundNames names = new BoundNames(objectName);
    ReferenceScanner.Pending[] all = new ReferenceScanner.Pending[files.python().size()];
    List<Integer> left = new ArrayList<>();
    for (int i = 0; i < all.length; i++) {
      checkCancelled();
      SourceFile file = files.python().get(i);
      int length = read(buffer, file);
      byte[] bytes = buffer.bytes();
      boolean hit = ReferenceScanner.pathNames(file, modelName) || needle.foundIn(bytes, 0, length);
      all[i] = hit ? found(file, bytes, 0, length, names) : null;
      if (all[i] == null) {
        all[i] = new ReferenceScanner.Pending(file, kept.keep(bytes, length), null, null);
        left.add(i);
      }
    }
    for (Set<String> bound = names.unsearched(); !bound.isEmpty(); bound = names.unsearched()) {
      Needle round = Needle.of(List.of(), bound);
      List<Integer> stillLeft = new ArrayList<>();
      for (int i : left) {
        checkCancelled();
        ReferenceScanner.Pending pending = all[i];
        KeptBytes.Kept bytes = pending.bytes();
        ReferenceScanner.Pending hit;
        if (bytes != null) {
          hit =
              round.foundIn(bytes.slab(), bytes.offset(), bytes.offset() + bytes.length())
                  ? found(pending.file(), bytes.slab(), bytes.offset(), bytes.length(), names)
                  : null;
        } else {
          int length = read(buffer, pending.file());
          hit =
              round.foundIn(buffer.bytes(), 0, length)
                  ? found(pending.file(), buffer.bytes(), 0, length, names)
                  : null;
        }
        if (hit != null) {
          all[i] = hit;
        } else {
          stillLeft.add(i);
        }
      }
      left = stillLeft;
    }
    return new Result(List.of(all), names);
  }

  /** The pending entry of a file a round found (null for a binary one: it stays left out). */
  private static ReferenceScanner.Pending found(
      SourceFile file, byte[] bytes, int offset, int length, BoundNames names) {
    Optional<String> text = ProjectFiles.decode(bytes, offset, length);
    if (text.isEmpty()) {
      return null;
    }
    PythonModule module = ModuleParser.parse(file.moduleName(), file.isPackageInit(), text.get());
    names.add(module.imports());
    return new ReferenceScanner.Pending(file, null, text.get(), module);
  }

  private static int read(FileBuffer buffer, SourceFile file) {
    try {
      return buffer.read(file.path());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.relative(), e);
    }
  }

  private void checkCancelled() {
    if (cancelled) {
      throw new CancellationException();
    }
  }
}
