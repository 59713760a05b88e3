// SPDX-License-Identifier: GPL-3.0-or-later
#include "gis/layout/print_layout.h"

#include "gis/error.h"
#include "gis/layout/map_frame_item.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace gis {

PrintLayout::PrintLayout(const PrintLayout& other)
    : name(other.name), page(other.page), atlas(other.atlas) {
    for (const auto& item : other.items) {
        items.push_back(item->clone());
    }
}

PrintLayout& PrintLayout::operator=(const PrintLayout& other) {
    if (this != &other) {
        PrintLayout copy(other);
        *this = std::move(copy);
    }
    return *this;
}

LayoutItem* PrintLayout::item(const QString& id) const {
    for (const auto& item : items) {
        if (item->id == id) {
            return item.get();
        }
    }
    return nullptr;
}

const MapFrameItem* PrintLayout::mainFrame() const {
    if (auto* frame = dynamic_cast<const MapFrameItem*>(item(atlas.frameId))) {
        return frame;
    }
    for (const auto& item : items) {
        const auto* frame = dynamic_cast<const MapFrameItem*>(item.get());
        if (frame && frame->locatorOf.isEmpty()) {
            return frame;
        }
    }
    return nullptr;
}

QJsonObject PrintLayout::toJson() const {
    QJsonArray itemArray;
    for (const auto& item : items) {
        itemArray.append(item->toJson());
    }
    QJsonObject json{{"format", "lanxi-layout"},
                     {"version", kFormatVersion},
                     {"name", name},
                     {"page", page.toJson()},
                     {"items", itemArray}};
    if (atlas.isEnabled()) {
        json["atlas"] = atlas.toJson();
    }
    return json;
}

PrintLayout PrintLayout::fromJson(const QJsonObject& json) {
    PrintLayout layout;
    layout.name = json["name"].toString();
    const int version = json["version"].toInt(kFormatVersion);
    try {
        if (json["format"].toString() != QLatin1String("lanxi-layout")) {
            throw Error(tr("not a Lanxi Atlas layout (no \"format\": \"lanxi-layout\")"));
        }
        if (version > kFormatVersion) {
            throw Error(tr("written by a newer Lanxi Atlas (layout format %1; this version reads "
                           "up to %2)")
                            .arg(version)
                            .arg(kFormatVersion));
        }
        layout.page = PageSetup::fromJson(json["page"].toObject());
        layout.atlas = AtlasSettings::fromJson(json["atlas"].toObject());
        QSet<QString> ids;
        for (const QJsonValue& value : json["items"].toArray()) {
            auto item = LayoutItem::fromJson(value.toObject());
            if (!item->id.isEmpty() && ids.contains(item->id)) {
                throw Error(tr("two items have the id \"%1\"").arg(item->id));
            }
            ids.insert(item->id);
            layout.items.push_back(std::move(item));
        }
    } catch (const Error& error) {
        throw Error(tr("Layout \"%1\": %2").arg(layout.name, error.message()));
    }
    return layout;
}

PrintLayout PrintLayout::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(tr("Cannot read layout file %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        throw Error(tr("%1 is not a valid layout file: %2").arg(path, parseError.errorString()));
    }
    try {
        return fromJson(document.object());
    } catch (const Error& error) {
        throw Error(QStringLiteral("%1: %2").arg(path, error.message()));
    }
}

void PrintLayout::save(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        throw Error(tr("Cannot write layout file %1: %2").arg(path, file.errorString()));
    }
}

}  // namespace gis
