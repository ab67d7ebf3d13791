package org.tandem.xliff;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The attributes each XLIFF 2.0 core element may have, and the values they may take, as the
 * standard defines them: unknown or misplaced attributes, bad values, missing required ones, and
 * extension attributes where the element allows none (only modules' on inline codes) are errors.
 */
final class Xliff20Attributes {
  /** Which attributes of other namespaces an element takes. */
  private enum Ext { ANY, MODULES, NONE }

  /** What one element may carry: its own attributes, the required ones, foreign ones, xml: ones. */
  private record Spec(Set<String> names, Set<String> required, Ext ext, Set<String> xml) {}

  private static final Pattern USER_DEFINED = Pattern.compile("[^\\s:]+:[^\\s:]+");
  private static final Pattern PRIORITY = Pattern.compile("[1-9]|10");
  private static final Pattern ORDER = Pattern.compile("0*[1-9][0-9]{0,8}");
  private static final Pattern HEX = Pattern.compile("([0-9A-Fa-f]{2})+");
  private static final Map<String, String> XLF_SUBTYPES = Map.of(
      "xlf:lb", "fmt", "xlf:pb", "fmt", "xlf:b", "fmt", "xlf:i", "fmt", "xlf:u", "fmt", "xlf:var", "ui");
  private static final String CODE = "canCopy canDelete canReorder copyOf id dataRef subFlows subType type";
  private static final Map<String, Spec> SPECS = Map.ofEntries(
      Map.entry("xliff", spec("version srcLang trgLang", "version srcLang", Ext.ANY, "space lang")),
      Map.entry("file", spec("id canResegment original translate srcDir trgDir", "id", Ext.ANY, "space lang")),
      Map.entry("skeleton", spec("href", "", Ext.NONE, "")),
      Map.entry("group", spec("id name canResegment translate srcDir trgDir type", "id", Ext.ANY, "space lang")),
      Map.entry("unit", spec("id name canResegment translate srcDir trgDir type", "id", Ext.ANY, "space lang")),
      Map.entry("segment", spec("id canResegment state subState", "", Ext.NONE, "")),
      Map.entry("ignorable", spec("id", "", Ext.NONE, "")),
      Map.entry("notes", spec("", "", Ext.NONE, "")),
      Map.entry("note", spec("id appliesTo category priority", "", Ext.ANY, "space lang")),
      Map.entry("originalData", spec("", "", Ext.NONE, "")),
      Map.entry("data", spec("id dir", "id", Ext.NONE, "space")),
      Map.entry("source", spec("", "", Ext.NONE, "space lang")),
      Map.entry("target", spec("order", "", Ext.NONE, "space lang")),
      Map.entry("cp", spec("hex", "hex", Ext.NONE, "")),
      Map.entry("ph", spec(CODE + " disp equiv", "id", Ext.MODULES, "lang")),
      Map.entry("pc", spec("canCopy canDelete canOverlap canReorder copyOf dispEnd dispStart equivEnd equivStart"
          + " id dataRefEnd dataRefStart subFlowsEnd subFlowsStart subType type dir", "id", Ext.MODULES, "lang")),
      Map.entry("sc", spec(CODE + " canOverlap dir disp equiv isolated", "id", Ext.MODULES, "lang")),
      Map.entry("ec", spec(CODE + " canOverlap dir disp equiv isolated startRef", "", Ext.MODULES, "lang")),
      Map.entry("mrk", spec("id translate type ref value", "id", Ext.ANY, "lang")),
      Map.entry("sm", spec("id translate type ref value", "id", Ext.ANY, "lang")),
      Map.entry("em", spec("startRef", "startRef", Ext.NONE, "")));

  private Xliff20Attributes() {}

  private static Spec spec(String names, String required, Ext ext, String xml) {
    return new Spec(words(names), words(required), ext, words(xml));
  }

  private static Set<String> words(String s) {
    return s.isEmpty() ? Set.of() : Set.of(s.split(" "));
  }

  /** True for an element of the XLIFF 2 core. */
  static boolean isCore(String element) {
    return SPECS.containsKey(element);
  }

  /** Why the current element's attributes break the standard, or null when they do not. */
  static String problem(XMLStreamReader xml, String xliffNamespace) {
    String element = xml.getLocalName();
    Spec spec = SPECS.get(element);
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i) == null ? "" : xml.getAttributeNamespace(i);
      String local = xml.getAttributeLocalName(i);
      String value = xml.getAttributeValue(i);
      String bad = ns.isEmpty() ? own(element, spec, local, value, xml)
          : ns.equals(XMLConstants.XML_NS_URI) ? xmlAttribute(element, spec, local, value)
          : foreign(element, spec, ns, xml.getAttributePrefix(i), local, value, xml, xliffNamespace);
      if (bad != null) {
        return bad;
      }
    }
    for (String name : spec.required()) {
      if (plain(xml, name) == null) {
        return "<" + element + "> has no " + name + ", which it must have";
      }
    }
    return null;
  }

  /** An attribute without namespace (StAX's getAttributeValue(null, ...) matches any namespace). */
  private static String plain(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String ns = xml.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && name.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  private static String own(String element, Spec spec, String name, String value, XMLStreamReader xml) {
    if (!spec.names().contains(name)) {
      return "<" + element + "> may not have the attribute '" + name + "'";
    }
    String expected = expected(element, name, value, xml);
    return expected == null ? null : name + "=\"" + value + "\" on <" + element + ">: " + expected;
  }

  /** What a value should have been, or null when it is fine. */
  private static String expected(String element, String name, String value, XMLStreamReader xml) {
    return switch (name) {
      case "id", "dataRef", "dataRefStart", "dataRefEnd", "copyOf", "startRef" ->
          Xml10.isNmtoken(value) ? null : "an id must be an XML name token (letters, digits, . - _ :)";
      case "subFlows", "subFlowsStart", "subFlowsEnd" -> value.isBlank()
          || !java.util.Arrays.stream(value.strip().split("\\s+")).allMatch(Xml10::isNmtoken)
          ? "expected unit ids separated by spaces" : null;
      case "canCopy", "canDelete", "canOverlap", "canResegment", "translate", "isolated" ->
          oneOf(value, "yes", "no");
      case "canReorder" -> oneOf(value, "yes", "firstNo", "no");
      case "srcDir", "trgDir", "dir" -> oneOf(value, "ltr", "rtl", "auto");
      case "appliesTo" -> oneOf(value, "source", "target");
      case "state" -> oneOf(value, "initial", "translated", "reviewed", "final");
      case "priority" -> PRIORITY.matcher(value).matches() ? null : "expected a number from 1 to 10";
      case "order" -> ORDER.matcher(value).matches() ? null : "expected a positive number";
      case "hex" -> HEX.matcher(value).matches() ? null : "expected a hexadecimal number";
      case "srcLang", "trgLang" -> Xliff20Languages.isWellFormed(value) ? null : "not a valid language tag (BCP 47)";
      case "subState" -> plain(xml, "state") == null ? "subState needs a state beside it"
          : userDefined(value);
      case "type" -> type(element, value);
      case "subType" -> subType(value, plain(xml, "type"));
      default -> null;
    };
  }

  private static String type(String element, String value) {
    return switch (element) {
      case "group", "unit" -> userDefined(value);
      case "mrk", "sm" -> Set.of("generic", "comment", "term").contains(value) ? null : userDefined(value);
      default -> Xliff20CodeTypes.TYPES.contains(value) ? null
          : "expected fmt, ui, quote, link, image or other";
    };
  }

  private static String subType(String value, String type) {
    if (type == null) {
      return "subType needs a type beside it";
    }
    if (value.startsWith("xlf:")) {
      String wanted = XLF_SUBTYPES.get(value);
      return wanted == null ? "the standard defines no such xlf: subType"
          : wanted.equals(type) ? null : "this subType goes with type=\"" + wanted + "\", not \"" + type + "\"";
    }
    return userDefined(value);
  }

  private static String userDefined(String value) {
    return USER_DEFINED.matcher(value).matches() ? null : "expected a value of the form prefix:value";
  }

  private static String oneOf(String value, String... allowed) {
    for (String a : allowed) {
      if (a.equals(value)) {
        return null;
      }
    }
    return "expected " + String.join(", ", allowed);
  }

  private static String xmlAttribute(String element, Spec spec, String local, String value) {
    boolean allowed = spec.xml().contains(local) || (spec.ext() != Ext.NONE && local.equals("lang"));
    if (!allowed) {
      return "<" + element + "> may not have the attribute xml:" + local;
    }
    if (local.equals("space")) {
      return element.equals("data") && !value.equals("preserve") ? "xml:space on <data> is always preserve"
          : oneOf(value, "default", "preserve") == null ? null : "xml:space=\"" + value + "\": expected default or preserve";
    }
    return local.equals("lang") && !value.isEmpty() && !Xliff20Languages.isWellFormed(value)
        ? "xml:lang=\"" + value + "\" on <" + element + "> is not a valid language tag (BCP 47)" : null;
  }

  private static String foreign(String element, Spec spec, String ns, String prefix, String local, String value,
      XMLStreamReader xml, String xliffNamespace) {
    String name = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + local;
    if (ns.equals(xliffNamespace) || spec.ext() == Ext.NONE) {
      return "<" + element + "> may not have the extension attribute " + name;
    }
    boolean module = Xliff20Modules.isModule(ns);
    if (spec.ext() == Ext.MODULES && !module) {
      return "<" + element + "> may carry only modules' attributes, not the extension attribute " + name;
    }
    if (!ns.equals(Xliff20Modules.FS)) {
      return null;
    }
    if (element.equals("ec") && !"yes".equals(plain(xml, "isolated"))) {
      return "Format Style attributes (" + name + ") may be on an <ec> only when it is isolated";
    }
    return Xliff20Modules.fsProblem(local, value, xml.getAttributeValue(Xliff20Modules.FS, "fs") != null);
  }
}
