#pragma once
// A small XML reader for the tests: enough of XML 1.0 to check that junit.xml and the report's
// SVG are well formed (nesting, quoting, entities) and to walk their elements and attributes.
// Throws std::runtime_error with the offset of the first problem.

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace dispatchsim::testing {

struct XmlElement {
  std::string name;
  std::map<std::string, std::string> attributes;
  std::vector<std::unique_ptr<XmlElement>> children;
  std::string text;  // character data directly inside, entities decoded

  std::vector<const XmlElement*> all(const std::string& child_name) const {
    std::vector<const XmlElement*> found;
    for (const auto& child : children) {
      if (child->name == child_name) found.push_back(child.get());
    }
    return found;
  }
  const XmlElement* first(const std::string& child_name) const {
    const auto found = all(child_name);
    return found.empty() ? nullptr : found.front();
  }
};

class XmlReader {
 public:
  explicit XmlReader(std::string text) : text_(std::move(text)) {}

  std::unique_ptr<XmlElement> document() {
    skip_prolog();
    auto root = element();
    skip_space_and_comments();
    if (position_ != text_.size()) fail("content after the root element");
    return root;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("XML: " + what + " at offset " + std::to_string(position_));
  }
  bool starts(const std::string& token) const {
    return text_.compare(position_, token.size(), token) == 0;
  }
  void expect(const std::string& token) {
    if (!starts(token)) fail("expected '" + token + "'");
    position_ += token.size();
  }
  void skip_space() {
    while (position_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[position_])))
      ++position_;
  }
  void skip_space_and_comments() {
    for (skip_space(); starts("<!--"); skip_space()) {
      const auto end = text_.find("-->", position_);
      if (end == std::string::npos) fail("unterminated comment");
      position_ = end + 3;
    }
  }
  void skip_prolog() {
    skip_space();
    if (starts("<?xml")) {
      const auto end = text_.find("?>", position_);
      if (end == std::string::npos) fail("unterminated declaration");
      position_ = end + 2;
    }
    skip_space_and_comments();
  }
  std::string name() {
    const std::size_t start = position_;
    while (position_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[position_])) || text_[position_] == '-' ||
            text_[position_] == '_' || text_[position_] == ':' || text_[position_] == '.')) {
      ++position_;
    }
    if (position_ == start) fail("expected a name");
    return text_.substr(start, position_ - start);
  }
  std::string decode(const std::string& raw) {
    static const std::map<std::string, std::string> entities = {
        {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"#39", "'"}};
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '<') fail("'<' in character data");
      if (raw[i] != '&') {
        out += raw[i];
        continue;
      }
      const auto end = raw.find(';', i);
      if (end == std::string::npos) fail("unterminated entity");
      const auto found = entities.find(raw.substr(i + 1, end - i - 1));
      if (found == entities.end()) fail("unknown entity &" + raw.substr(i + 1, end - i - 1) + ";");
      out += found->second;
      i = end;
    }
    return out;
  }
  void attributes(XmlElement& element) {
    for (;;) {
      skip_space();
      if (starts("/>") || starts(">")) return;
      const std::string key = name();
      skip_space();
      expect("=");
      skip_space();
      const char quote = position_ < text_.size() ? text_[position_] : '\0';
      if (quote != '"' && quote != '\'') fail("unquoted attribute " + key);
      const auto end = text_.find(quote, position_ + 1);
      if (end == std::string::npos) fail("unterminated attribute " + key);
      if (element.attributes.count(key) == 1) fail("duplicate attribute " + key);
      element.attributes[key] = decode(text_.substr(position_ + 1, end - position_ - 1));
      position_ = end + 1;
    }
  }
  std::unique_ptr<XmlElement> element() {
    expect("<");
    auto node = std::make_unique<XmlElement>();
    node->name = name();
    attributes(*node);
    if (starts("/>")) {
      position_ += 2;
      return node;
    }
    expect(">");
    for (;;) {
      const auto next = text_.find('<', position_);
      if (next == std::string::npos) fail("unterminated element " + node->name);
      node->text += decode(text_.substr(position_, next - position_));
      position_ = next;
      if (starts("</")) {
        position_ += 2;
        if (name() != node->name) fail("mismatched end tag for " + node->name);
        skip_space();
        expect(">");
        return node;
      }
      if (starts("<!--")) {
        skip_space_and_comments();
        continue;
      }
      node->children.push_back(element());
    }
  }

  std::string text_;
  std::size_t position_ = 0;
};

inline std::unique_ptr<XmlElement> parse_xml(const std::string& text) {
  return XmlReader(text).document();
}

}  // namespace dispatchsim::testing
