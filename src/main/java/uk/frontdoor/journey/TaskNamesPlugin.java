package uk.frontdoor.journey;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import uk.frontdoor.contact.ContactInView;

/**
 * Adds {@link TaskNames} and {@link ContactInView} as create listeners to every user task of every
 * deployed model, once, at the engine, rather than listener lines on each task of each model.
 */
@Component
class TaskNamesPlugin extends AbstractProcessEnginePlugin {

  private final TaskNames names;
  private final ContactInView contact;

  TaskNamesPlugin(@Lazy TaskNames names, @Lazy ContactInView contact) {
    this.names = names;
    this.contact = contact;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, names);
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, contact);
      }
    });
  }
}
