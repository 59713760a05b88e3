// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gis/feature_filter.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <vector>

namespace gis {

/// Turns FeatureFilter's text form into a FilterNode tree by recursive descent. It only builds
/// data (no evaluation, no SQL), so any text is safe to parse. One instance per parse; any thread.
class FilterParser {
    Q_DECLARE_TR_FUNCTIONS(FilterParser)

public:
    /// Throws gis::Error naming the expression and the character where parsing failed.
    static FilterNode parse(const QString& expression);
    /// AND, OR, NOT, IN, IS, NULL, LIKE and BETWEEN, in any case: field names spelled like them
    /// must be double-quoted.
    static bool isKeyword(const QString& word);

private:
    enum class TokenKind { Word, QuotedName, String, Number, Symbol, End };
    struct Token {
        TokenKind kind = TokenKind::End;
        QString text;
        QVariant value;
        qsizetype position = 0;
    };

    explicit FilterParser(const QString& expression);
    void tokenize();
    qsizetype readNumber(qsizetype start);
    qsizetype readQuoted(qsizetype start, QChar quote, TokenKind kind);

    FilterNode parseOr();
    FilterNode parseAnd();
    FilterNode parseNot();
    FilterNode parsePredicate();
    FilterOperand parseOperand();

    const Token& peek() const { return tokens_[next_]; }
    bool peekKeyword(const char* keyword) const;
    bool peekSymbol(const char* symbol) const;
    void expectKeyword(const char* keyword);
    void expectSymbol(const char* symbol);
    [[noreturn]] void fail(const QString& problem, qsizetype position) const;

    QString expression_;
    std::vector<Token> tokens_;
    size_t next_ = 0;
};

}  // namespace gis
