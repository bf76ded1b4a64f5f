package uk.frontdoor.deployment;

/**
 * One thing wrong in the service lead's folder, said so that they can find it in Camunda Modeler
 * and put it right: the file, the element (its id and name, when the problem is in one), what is
 * wrong and what to do.
 */
public record ModelProblem(String file, String elementId, String elementName, String whatIsWrong, String whatToDo) {

  static ModelProblem inFile(String file, String whatIsWrong, String whatToDo) {
    return new ModelProblem(file, null, null, whatIsWrong, whatToDo);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (elementId != null) {
      text.append(", ");
      if (elementName != null && !elementName.isBlank()) {
        text.append('"').append(elementName.strip()).append("\" (").append(elementId).append(')');
      } else {
        text.append(elementId);
      }
    }
    return text.append(": ").append(whatIsWrong).append(". What to do: ").append(whatToDo).append('.').toString();
  }
}
