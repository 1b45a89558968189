package org.allybot.content;

/** One rule a content file breaks, with where. */
public record ContentProblem(String file, int line, String message)
    implements Comparable<ContentProblem> {

  @Override
  public int compareTo(ContentProblem other) {
    int byFile = file.compareTo(other.file);
    return byFile != 0 ? byFile : Integer.compare(line, other.line);
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
