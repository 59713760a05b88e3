// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/filter_parser.h"

#include "gis/error.h"

namespace gis {

namespace {

const char* const kKeywords[] = {"AND", "OR", "NOT", "IN", "IS", "NULL", "LIKE", "BETWEEN"};

struct Comparison {
    const char* symbol;
    FilterOp op;
};

// Two-character symbols first, so that "<=" is not read as "<" then "=".
const Comparison kComparisons[] = {{"<=", FilterOp::LessOrEqual}, {">=", FilterOp::GreaterOrEqual},
                                   {"<>", FilterOp::NotEqual},    {"!=", FilterOp::NotEqual},
                                   {"==", FilterOp::Equal},       {"=", FilterOp::Equal},
                                   {"<", FilterOp::Less},         {">", FilterOp::Greater}};

FilterNode negated(FilterNode node) {
    FilterNode result;
    result.op = FilterOp::Not;
    result.children.push_back(std::move(node));
    return result;
}

}  // namespace

FilterParser::FilterParser(const QString& expression) : expression_(expression) {}

FilterNode FilterParser::parse(const QString& expression) {
    FilterParser parser(expression);
    parser.tokenize();
    FilterNode root = parser.parseOr();
    if (parser.peek().kind != TokenKind::End) {
        parser.fail(tr("unexpected \"%1\"").arg(parser.peek().text), parser.peek().position);
    }
    return root;
}

bool FilterParser::isKeyword(const QString& word) {
    for (const char* keyword : kKeywords) {
        if (word.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

void FilterParser::fail(const QString& problem, qsizetype position) const {
    throw Error(tr("Invalid filter \"%1\": %2 at character %3")
                    .arg(expression_, problem)
                    .arg(position + 1));
}

void FilterParser::tokenize() {
    qsizetype i = 0;
    while (i < expression_.size()) {
        const QChar c = expression_[i];
        if (c.isSpace()) {
            ++i;
        } else if (c.isDigit() ||
                   (c == u'.' && i + 1 < expression_.size() && expression_[i + 1].isDigit())) {
            i = readNumber(i);
        } else if (c == u'\'') {
            i = readQuoted(i, c, TokenKind::String);
        } else if (c == u'"') {
            i = readQuoted(i, c, TokenKind::QuotedName);
        } else if (c.isLetter() || c == u'_') {
            const qsizetype start = i;
            while (i < expression_.size() &&
                   (expression_[i].isLetterOrNumber() || expression_[i] == u'_')) {
                ++i;
            }
            const QString word = expression_.mid(start, i - start);
            tokens_.push_back({TokenKind::Word, word, word, start});
        } else {
            QString symbol;
            for (const Comparison& comparison : kComparisons) {
                if (QStringView(expression_).mid(i).startsWith(QLatin1String(comparison.symbol))) {
                    symbol = QLatin1String(comparison.symbol);
                    break;
                }
            }
            if (symbol.isEmpty() && QStringLiteral("(),-").contains(c)) {
                symbol = c;
            }
            if (symbol.isEmpty()) {
                fail(tr("unexpected \"%1\"").arg(c), i);
            }
            tokens_.push_back({TokenKind::Symbol, symbol, {}, i});
            i += symbol.size();
        }
    }
    tokens_.push_back({TokenKind::End, tr("end of text"), {}, expression_.size()});
}

qsizetype FilterParser::readNumber(qsizetype start) {
    qsizetype i = start;
    bool integral = true;
    const auto digits = [&] {
        while (i < expression_.size() && expression_[i].isDigit()) {
            ++i;
        }
    };
    digits();
    if (i < expression_.size() && expression_[i] == u'.') {
        integral = false;
        ++i;
        digits();
    }
    if (i < expression_.size() && (expression_[i] == u'e' || expression_[i] == u'E')) {
        integral = false;
        ++i;
        if (i < expression_.size() && (expression_[i] == u'+' || expression_[i] == u'-')) {
            ++i;
        }
        digits();
    }
    const QString text = expression_.mid(start, i - start);
    bool ok = false;
    QVariant value;
    if (integral) {
        value = text.toLongLong(&ok);
    }
    if (!ok) {
        value = text.toDouble(&ok);
    }
    if (!ok) {
        fail(tr("invalid number \"%1\"").arg(text), start);
    }
    tokens_.push_back({TokenKind::Number, text, value, start});
    return i;
}

qsizetype FilterParser::readQuoted(qsizetype start, QChar quote, TokenKind kind) {
    QString text;
    qsizetype i = start + 1;
    while (true) {
        if (i >= expression_.size()) {
            fail(kind == TokenKind::String ? tr("unclosed string") : tr("unclosed field name"),
                 start);
        }
        if (expression_[i] == quote) {
            // A doubled quote stands for the quote itself.
            if (i + 1 < expression_.size() && expression_[i + 1] == quote) {
                text += quote;
                i += 2;
                continue;
            }
            break;
        }
        text += expression_[i++];
    }
    tokens_.push_back({kind, text, text, start});
    return i + 1;
}

bool FilterParser::peekKeyword(const char* keyword) const {
    return peek().kind == TokenKind::Word &&
           peek().text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

bool FilterParser::peekSymbol(const char* symbol) const {
    return peek().kind == TokenKind::Symbol && peek().text == QLatin1String(symbol);
}

void FilterParser::expectKeyword(const char* keyword) {
    if (!peekKeyword(keyword)) {
        fail(tr("expected %1, found \"%2\"").arg(QLatin1String(keyword), peek().text),
             peek().position);
    }
    ++next_;
}

void FilterParser::expectSymbol(const char* symbol) {
    if (!peekSymbol(symbol)) {
        fail(tr("expected \"%1\", found \"%2\"").arg(QLatin1String(symbol), peek().text),
             peek().position);
    }
    ++next_;
}

FilterNode FilterParser::parseOr() {
    FilterNode node;
    node.op = FilterOp::Or;
    node.children.push_back(parseAnd());
    while (peekKeyword("OR")) {
        ++next_;
        node.children.push_back(parseAnd());
    }
    return node.children.size() == 1 ? std::move(node.children.front()) : node;
}

FilterNode FilterParser::parseAnd() {
    FilterNode node;
    node.op = FilterOp::And;
    node.children.push_back(parseNot());
    while (peekKeyword("AND")) {
        ++next_;
        node.children.push_back(parseNot());
    }
    return node.children.size() == 1 ? std::move(node.children.front()) : node;
}

FilterNode FilterParser::parseNot() {
    if (peekKeyword("NOT")) {
        ++next_;
        return negated(parseNot());
    }
    return parsePredicate();
}

FilterNode FilterParser::parsePredicate() {
    if (peekSymbol("(")) {
        ++next_;
        FilterNode inner = parseOr();
        expectSymbol(")");
        return inner;
    }
    FilterNode node;
    node.operands.push_back(parseOperand());
    for (const Comparison& comparison : kComparisons) {
        if (peekSymbol(comparison.symbol)) {
            ++next_;
            node.op = comparison.op;
            node.operands.push_back(parseOperand());
            return node;
        }
    }
    bool isNegated = false;
    if (peekKeyword("NOT")) {
        ++next_;
        isNegated = true;
    }
    if (peekKeyword("IN")) {
        ++next_;
        node.op = FilterOp::In;
        expectSymbol("(");
        node.operands.push_back(parseOperand());
        while (peekSymbol(",")) {
            ++next_;
            node.operands.push_back(parseOperand());
        }
        expectSymbol(")");
    } else if (peekKeyword("LIKE")) {
        ++next_;
        node.op = FilterOp::Like;
        node.operands.push_back(parseOperand());
    } else if (peekKeyword("BETWEEN")) {
        ++next_;
        node.op = FilterOp::Between;
        node.operands.push_back(parseOperand());
        expectKeyword("AND");
        node.operands.push_back(parseOperand());
    } else if (!isNegated && peekKeyword("IS")) {
        ++next_;
        if (peekKeyword("NOT")) {
            ++next_;
            isNegated = true;
        }
        expectKeyword("NULL");
        node.op = FilterOp::IsNull;
    } else {
        fail(tr("expected a comparison, found \"%1\"").arg(peek().text), peek().position);
    }
    return isNegated ? negated(std::move(node)) : node;
}

FilterOperand FilterParser::parseOperand() {
    const Token& token = peek();
    switch (token.kind) {
        case TokenKind::Number:
            ++next_;
            return FilterOperand::ofLiteral(token.value);
        case TokenKind::String:
            ++next_;
            return FilterOperand::ofLiteral(token.text);
        case TokenKind::QuotedName:
            ++next_;
            return FilterOperand::ofField(token.text);
        case TokenKind::Word:
            if (peekKeyword("NULL")) {
                ++next_;
                return FilterOperand::ofLiteral(QVariant());
            }
            if (!isKeyword(token.text)) {
                ++next_;
                return FilterOperand::ofField(token.text);
            }
            break;
        case TokenKind::Symbol:
            if (token.text == QLatin1String("-") && tokens_[next_ + 1].kind == TokenKind::Number) {
                const QVariant value = tokens_[next_ + 1].value;
                next_ += 2;
                return FilterOperand::ofLiteral(value.typeId() == QMetaType::LongLong
                                                    ? QVariant(-value.toLongLong())
                                                    : QVariant(-value.toDouble()));
            }
            break;
        case TokenKind::End:
            break;
    }
    fail(tr("expected a field or a value, found \"%1\"").arg(token.text), token.position);
}

}  // namespace gis
