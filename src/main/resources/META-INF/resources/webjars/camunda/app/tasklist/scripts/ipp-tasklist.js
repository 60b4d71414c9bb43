/*
 * What Tasklist shows the offices beyond Camunda's own: an AngularJS module loaded through requireJsConfig
 * (config.js), which Tasklist adds to its module 'cam.tasklist.custom'.
 *
 * - A due date reads as the last day it can be met, in China Standard Time whatever the browser's zone: a deadline at
 *   8 March 2027 00:00 CST is "7 March 2027, 24:00 CST" (docs/rules.md, "Time"), in the task list and the task.
 * - The task list is sorted as the filter sorts (the product's filters: by due date, soonest first), until the user
 *   picks another order; the due date's sort label is "Due".
 * - A form the server refuses shows each problem next to its field in plain words, and says so beside the button the
 *   user pressed (the REST answer lists the fields apart: web/RefusedFormAnswer).
 * - The app switcher of the header is offered to a signed-in user only (its apps are the user's own), not on the
 *   login page, where it listed Cockpit and Admin to everyone.
 */
define(['angular'], function (angular) {
  'use strict';

  var ZONE = 'Asia/Shanghai';
  var DAY = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
  var TIME = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  var RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  var MILLIS_PER_DAY = 24 * 60 * 60 * 1000;

  /** The instant of a Tasklist date: the REST API's "2027-03-09T00:00:00.000+0800", or a local time Tasklist made of it. */
  function instant(value) {
    if (!value) {
      return null;
    }
    if (value instanceof Date) {
      return value;
    }
    var date = new Date(String(value).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return isNaN(date.getTime()) ? null : date;
  }

  /** "7 March 2027, 24:00 CST" for a deadline at midnight in China: the day it is the end of. */
  function due(value) {
    var date = instant(value);
    if (!date) {
      return '';
    }
    var time = TIME.format(date);
    if (time === '00:00') {
      return DAY.format(new Date(date.getTime() - 1)) + ', 24:00 CST';
    }
    return DAY.format(date) + ', ' + time + ' CST';
  }

  /** "in 89 days (China Standard Time)": how far the deadline is, for the tooltip. */
  function dueHint(value) {
    var date = instant(value);
    if (!date) {
      return '';
    }
    var days = Math.round((date.getTime() - Date.now()) / MILLIS_PER_DAY);
    return 'Due ' + RELATIVE.format(days, 'day') + ' (China Standard Time)';
  }

  /** The element's text for a due date in a Tasklist template: the date, its tooltip the time left. */
  var DUE_SPAN = /uib-tooltip="\{\{ task\.due \| camDate:'long' \}\}"\s*am-time-ago="task\.due">\{\{ task\.due \}\}<\/span>/;
  var DUE_SPAN_AS_OFFICES_READ_IT =
      'uib-tooltip="{{ task.due | ippDueHint }}" class="ipp-due">{{ task.due | ippDue }}</span>';

  function showDueAsTheLastDay(directives) {
    angular.forEach(directives, function (directive) {
      if (typeof directive.template === 'string') {
        directive.template = directive.template.replace(DUE_SPAN, DUE_SPAN_AS_OFFICES_READ_IT);
      }
    });
    return directives;
  }

  /** The directive's post-link, then {@code after} with the same arguments. */
  function afterLink(directive, after) {
    var compile = directive.compile;
    directive.compile = function () {
      var link = compile ? compile.apply(this, arguments) : null;
      var post = typeof link === 'function' ? link : link && link.post;
      var linked = function () {
        if (post) {
          post.apply(this, arguments);
        }
        after.apply(this, arguments);
      };
      return link && typeof link === 'object' ? { pre: link.pre, post: linked } : linked;
    };
  }

  var module = angular.module('ipp.tasklist', []);

  module.filter('ippDue', function () {
    return due;
  });
  module.filter('ippDueHint', function () {
    return dueHint;
  });

  module.decorator('camTasksDirective', ['$delegate', showDueAsTheLastDay]);
  module.decorator('camTasklistTaskMetaDirective', ['$delegate', showDueAsTheLastDay]);

  // The list's order: the filter's own sorting where the address names none; "Due" for the due date.
  module.decorator('camSortingChoicesDirective', ['$delegate', '$location', 'search', function (directives, $location, search) {
    var directive = directives[0];
    var compile = directive.compile;
    directive.compile = function () {
      var link = compile.apply(this, arguments);
      return function (scope) {
        var data = scope.tasklistData.newChild(scope);
        data.observe('currentFilter', function (filter) {
          var sorting = filter && filter.query && filter.query.sorting;
          if (($location.search() || {}).sorting || !angular.isArray(sorting) || !sorting.length) {
            return;
          }
          search.updateSilently({ sorting: JSON.stringify(sorting) });
          data.changed('taskListQuery');
        });
        link.apply(this, arguments);
        scope.uniqueProps.dueDate = 'Due';
      };
    };
    return directives;
  }]);

  // The app switcher lists the signed-in user's other apps; on the login page nobody is signed in.
  module.decorator('camWidgetHeaderDirective', ['$delegate', function (directives) {
    afterLink(directives[0], function (scope) {
      scope.$watch(function () {
        return scope.showAppDropDown && !(scope.authentication && scope.authentication.name);
      }, function (offeredToNobody) {
        if (offeredToNobody) {
          scope.showAppDropDown = false;
        }
      });
    });
    return directives;
  }]);

  // A refused form: each problem next to its field, a plain summary beside the button, no ids.
  module.decorator('camAPI', ['$delegate', function (api) {
    var resource = api.resource;
    api.resource = function (name) {
      var result = resource.apply(api, arguments);
      if ((name === 'task' || name === 'process-definition') && result && !result.ippRefusals) {
        result.ippRefusals = true;
        explainRefusalsOf(result, name === 'task' ? TASK_FORM : START_FORM);
      }
      return result;
    };
    return api;
  }]);

  var TASK_FORM = { container: '.task-details, [cam-tasklist-task]', buttons: '.form-actions, .task-actions',
    verb: 'Not saved' };
  var START_FORM = { container: '.modal', buttons: '.modal-footer', verb: 'Not started' };

  function explainRefusalsOf(resource, form) {
    var submit = resource.submitForm;
    resource.submitForm = function (params, done) {
      clear(form);
      var callback = typeof done === 'function' ? function (error) {
        explain(error, form);
        return done.apply(this, arguments);
      } : done;
      var result = submit.call(this, params, callback);
      if (result && typeof result.then === 'function') {
        return result.then(null, function (error) {
          explain(error, form);
          throw error;
        });
      }
      return result;
    };
  }

  /** Camunda's answer to a refused submission, or null. */
  function answer(error) {
    var response = error && error.response;
    var body = response && (response.body || parse(response.text));
    return body && (body.fields || body.reasons || body.type === 'CaseRefused') ? body : null;
  }

  function parse(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return null;
    }
  }

  function explain(error, form) {
    var body = answer(error);
    if (!body || error.ippExplained) {
      return;
    }
    error.ippExplained = true;
    var container = visible(form.container);
    var sentences = [];
    angular.forEach(body.fields || [], function (field) {
      var sentence = field.label + ' ' + field.problem;
      sentences.push(sentence);
      markField(container, field, sentence);
    });
    angular.forEach(body.reasons || [], function (reason) {
      sentences.push(reason);
    });
    if (!sentences.length && body.message) {
      sentences.push(body.message);
    }
    var summary = form.verb + ': ' + sentences.join('; ') + (/[.!?]$/.test(sentences[sentences.length - 1]) ? '' : '.');
    error.message = summary;
    showSummary(container, form, summary);
  }

  /** The first element of the selector that is on the page: the open dialog, the task shown. */
  function visible(selector) {
    var all = document.querySelectorAll(selector);
    for (var i = all.length - 1; i >= 0; i--) {
      if (all[i].offsetParent !== null) {
        return all[i];
      }
    }
    return document.body;
  }

  function markField(container, field, sentence) {
    var input = field.id && container.querySelector('[id$="-' + cssEscape(field.id) + '"]');
    var wrapper = input && (input.closest('.fjs-form-field') || input.parentNode);
    if (!wrapper) {
      return;
    }
    var message = document.createElement('div');
    message.className = 'ipp-refusal';
    message.setAttribute('role', 'alert');
    message.setAttribute('data-field', field.key);
    message.textContent = sentence;
    wrapper.classList.add('ipp-refused');
    wrapper.appendChild(message);
    wrapper.addEventListener('input', function fixed() {
      wrapper.removeEventListener('input', fixed);
      wrapper.classList.remove('ipp-refused');
      if (message.parentNode) {
        message.parentNode.removeChild(message);
      }
    });
  }

  function showSummary(container, form, text) {
    var buttons = container.querySelector(form.buttons);
    var summary = document.createElement('div');
    summary.className = 'ipp-refusal-summary alert alert-danger';
    summary.setAttribute('role', 'alert');
    summary.textContent = text;
    if (buttons) {
      buttons.parentNode.insertBefore(summary, buttons);
    } else {
      container.insertBefore(summary, container.firstChild);
    }
    summary.scrollIntoView({ block: 'nearest' });
  }

  function clear(form) {
    var container = visible(form.container);
    angular.forEach(container.querySelectorAll('.ipp-refusal, .ipp-refusal-summary'), function (element) {
      element.parentNode.removeChild(element);
    });
    angular.forEach(container.querySelectorAll('.ipp-refused'), function (element) {
      element.classList.remove('ipp-refused');
    });
  }

  function cssEscape(text) {
    return window.CSS && window.CSS.escape ? window.CSS.escape(text) : String(text).replace(/[^\w-]/g, '\\$&');
  }

  return module;
});
