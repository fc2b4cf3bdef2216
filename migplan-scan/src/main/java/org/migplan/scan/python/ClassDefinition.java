package org.migplan.scan.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A class statement and what migplan needs of its body.
 *
 * @param name the class name
 * @param nameToken the token of the name (for line and column)
 * @param bases the base class expressions (keyword arguments such as {@code metaclass=} left out)
 * @param assignments the body's assignments {@code name = value} in order
 * @param meta the assignments of the inner {@code class Meta}
 * @param metaBases the bases of the inner {@code class Meta}, e.g. {@code Parent.Meta}
 * @param hasMeta whether the body declares {@code class Meta}
 */
public record ClassDefinition(
    String name,
    Token nameToken,
    List<List<Token>> bases,
    List<Assignment> assignments,
    Map<String, List<Token>> meta,
    List<List<Token>> metaBases,
    boolean hasMeta) {
  public ClassDefinition {
    List<List<Token>> views = new ArrayList<>(bases.size());
    for (List<Token> base : bases) {
      views.add(Collections.unmodifiableList(base));
    }
    bases = Collections.unmodifiableList(views);
    assignments = Collections.unmodifiableList(assignments);
    meta = Map.copyOf(meta);
    metaBases = List.copyOf(metaBases);
  }

  /**
   * A body assignment {@code target = value}; {@code conditional} when it stands in an {@code
   * if}/{@code try}/{@code with} block of the body, so that whether it runs depends on run time.
   */
  public record Assignment(Token target, List<Token> value, boolean conditional) {
    public Assignment {
      value = Collections.unmodifiableList(value);
    }

    /** An assignment straight in the body. */
    public Assignment(Token target, List<Token> value) {
      this(target, value, false);
    }

    /** The same assignment, inside a conditional block. */
    public Assignment inConditionalBlock() {
      return new Assignment(target, value, true);
    }
  }

  public int line() {
    return nameToken.line();
  }

  /** The first body assignment to {@code name}. */
  public Optional<Assignment> assignment(String name) {
    return assignments.stream().filter(a -> a.target().text().equals(name)).findFirst();
  }
}
