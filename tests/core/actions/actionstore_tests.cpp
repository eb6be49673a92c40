// Actions in a real database file: what is kept, in which order, and what
// is refused.

#include "storage/storage_support.h"

using namespace rater;
using support::assessment;

namespace {

NewAction action(const QString &team, const QString &dimension, const QString &text, const QDate &due = QDate())
{
    return NewAction{team, std::nullopt, dimension, text, QStringLiteral("Team lead"), due, QDate(2026, 3, 2)};
}

std::vector<Action> listed(const Database &db, const storage::ActionStore::Filter &filter = {})
{
    std::vector<Action> actions;
    REQUIRE(db.actions()
                .forEach(filter,
                         [&actions](const Action &a) -> Status {
                             actions.push_back(a);
                             return Done{};
                         })
                .hasValue());
    return actions;
}

std::vector<QString> texts(const std::vector<Action> &actions)
{
    std::vector<QString> result;
    for (const Action &a : actions)
        result.push_back(a.text);
    return result;
}

} // namespace

TEST_CASE("Actions are kept for a stored team, open ones first by due date, then done, then dropped",
          "[actions][storage]")
{
    QTemporaryDir dir;
    const auto db = support::openDatabase(dir.filePath(QStringLiteral("rater.sqlite")));
    REQUIRE(db->assessments().record(assessment(QStringLiteral("Front Desk"), QDate(2026, 3, 1))).hasValue());
    REQUIRE(db->assessments().record(assessment(QStringLiteral("Online"), QDate(2026, 3, 1))).hasValue());

    const Expected<std::vector<qint64>> ids = db->actions().addAll(
        {action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QStringLiteral("Call back within a day"),
                QDate(2026, 5, 1)),
         action(QStringLiteral("Front Desk"), QStringLiteral("reliability"), QStringLiteral("  Keep a promise log  ")),
         action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QStringLiteral("Name the customer"),
                QDate(2026, 4, 1)),
         action(QStringLiteral("Online"), QStringLiteral("tangibles"), QStringLiteral("Tidy the help pages"))});
    INFO(ids.error().toStdString());
    REQUIRE(ids.hasValue());
    REQUIRE(ids->size() == 4);

    const std::optional<Action> kept = db->actions().find(ids->at(1)).value();
    REQUIRE(kept.has_value());
    CHECK(kept->text == QStringLiteral("Keep a promise log"));
    CHECK(kept->team == QStringLiteral("Front Desk"));
    CHECK(kept->dimension == QStringLiteral("reliability"));
    CHECK(kept->owner == QStringLiteral("Team lead"));
    CHECK_FALSE(kept->due.isValid());
    CHECK(kept->created == QDate(2026, 3, 2));
    CHECK(kept->state == Action::State::Open);
    CHECK_FALSE(kept->uuid.isNull());
    CHECK_FALSE(db->actions().find(99).value().has_value());

    CHECK(db->actions().close(ids->at(0), Action::State::Done, QDate(2026, 4, 20)).value().made());
    CHECK(db->actions().close(ids->at(3), Action::State::Dropped, QDate(2026, 4, 2)).value().made());
    CHECK(texts(listed(*db))
          == std::vector<QString>{QStringLiteral("Name the customer"), QStringLiteral("Keep a promise log"),
                                  QStringLiteral("Call back within a day"), QStringLiteral("Tidy the help pages")});
    CHECK(texts(listed(*db, {QStringLiteral("Front Desk"), Action::State::Open}))
          == std::vector<QString>{QStringLiteral("Name the customer"), QStringLiteral("Keep a promise log")});
    const std::vector<Action> done = listed(*db, {QString(), Action::State::Done});
    REQUIRE(done.size() == 1);
    CHECK(done.front().closed == QDate(2026, 4, 20));
    CHECK(listed(*db, {QStringLiteral("Nobody"), std::nullopt}).empty());

    const Action named = db->actions().find(ids->at(2)).value().value();
    CHECK(named.overdue(QDate(2026, 4, 2)));
    CHECK_FALSE(named.overdue(QDate(2026, 4, 1)));
    CHECK_FALSE(done.front().overdue(QDate(2027, 1, 1)));
}

TEST_CASE("An action is refused whole when its team, text or dates are wrong, and closed once", "[actions][storage]")
{
    QTemporaryDir dir;
    const auto db = support::openDatabase(dir.filePath(QStringLiteral("rater.sqlite")));
    REQUIRE(db->assessments().record(assessment(QStringLiteral("Front Desk"), QDate(2026, 3, 1))).hasValue());
    const auto refusedWith = [&db](const std::vector<NewAction> &actions, const QString &reason) {
        const Expected<std::vector<qint64>> added = db->actions().addAll(actions);
        REQUIRE_FALSE(added.hasValue());
        INFO(added.error().toStdString());
        CHECK(added.error().contains(reason));
        CHECK(listed(*db).empty());
    };
    const NewAction good = action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QStringLiteral("Listen"));
    refusedWith({good, action(QStringLiteral("Nowhere"), QStringLiteral("empathy"), QStringLiteral("Listen"))},
                QStringLiteral("action 2 was not saved: there is no team \"Nowhere\""));
    refusedWith({action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QStringLiteral("   "))},
                QStringLiteral("the action's text is empty"));
    refusedWith({action(QStringLiteral("Front Desk"), QString(), QStringLiteral("Listen"))},
                QStringLiteral("names no dimension"));
    refusedWith({action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QString(501, u'x'))},
                QStringLiteral("at most 500"));
    refusedWith({action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QStringLiteral("Listen"),
                        QDate(2200, 1, 1))},
                QStringLiteral("outside the dates Rater keeps"));
    NewAction inWorkshop = good;
    inWorkshop.workshopId = 7;
    refusedWith({inWorkshop}, QStringLiteral("there is no workshop with id 7"));

    const qint64 id = db->actions().add(good).value();
    const auto refusal = [&db, id](Action::State state, const QDate &on) {
        const Expected<storage::Corrected> closed = db->actions().close(id, state, on);
        REQUIRE(closed.hasValue());
        CHECK_FALSE(closed->made());
        return closed->refusal;
    };
    CHECK(refusal(Action::State::Done, QDate(2026, 3, 1)).contains(QStringLiteral("it cannot be closed before that")));
    CHECK(db->actions().close(id, Action::State::Dropped, QDate(2026, 3, 2)).value().made());
    CHECK(refusal(Action::State::Done, QDate(2026, 3, 9)).contains(QStringLiteral("was dropped already, on 2026-03-02")));
    CHECK(db->actions().close(id + 1, Action::State::Done, QDate(2026, 3, 9)).value().refusal.contains(
        QStringLiteral("there is no action with id %1").arg(id + 1)));
}

TEST_CASE("A closed action opens again, and a deleted one is put back as it was", "[actions][storage]")
{
    QTemporaryDir dir;
    const auto db = support::openDatabase(dir.filePath(QStringLiteral("rater.sqlite")));
    REQUIRE(db->assessments().record(assessment(QStringLiteral("Front Desk"), QDate(2026, 3, 1))).hasValue());
    const qint64 id = db->actions()
                          .add(action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QStringLiteral("Listen"),
                                      QDate(2026, 6, 1)))
                          .value();
    CHECK_FALSE(db->actions().reopen(id).value().made()); // open already
    REQUIRE(db->actions().close(id, Action::State::Done, QDate(2026, 4, 2)).value().made());
    REQUIRE(db->actions().reopen(id).value().made());
    const Action open = db->actions().find(id).value().value();
    CHECK(open.state == Action::State::Open);
    CHECK_FALSE(open.closed.isValid());

    REQUIRE(db->actions().remove(id).value().made());
    CHECK_FALSE(db->actions().find(id).value().has_value());
    CHECK(db->actions().remove(id).value().refusal.contains(QStringLiteral("there is no action with id")));
    REQUIRE(db->actions().putBack(open).hasValue());
    const Action back = db->actions().find(id).value().value();
    CHECK(back.uuid == open.uuid);
    CHECK(back.text == open.text);
    CHECK(back.due == open.due);
    CHECK(back.created == open.created);
    CHECK(back.team == open.team);
    // Its team gone (merged away, say): refused, nothing stored.
    REQUIRE(db->actions().remove(id).value().made());
    Action elsewhere = open;
    elsewhere.team = QStringLiteral("Nowhere");
    const Status refused = db->actions().putBack(elsewhere);
    REQUIRE_FALSE(refused.hasValue());
    CHECK(refused.error().contains(QStringLiteral("there is no team \"Nowhere\" any more")));
    CHECK(listed(*db).empty());
}

TEST_CASE("An action's dimension, text, owner and due date can be changed, within the entry limits",
          "[actions][storage]")
{
    QTemporaryDir dir;
    const auto db = support::openDatabase(dir.filePath(QStringLiteral("rater.sqlite")));
    REQUIRE(db->assessments().record(assessment(QStringLiteral("Front Desk"), QDate(2026, 3, 1))).hasValue());
    const qint64 id = db->actions()
                          .add(action(QStringLiteral("Front Desk"), QStringLiteral("empathy"), QStringLiteral("Listen"),
                                      QDate(2026, 6, 1)))
                          .value();
    REQUIRE(db->actions().close(id, Action::State::Done, QDate(2026, 4, 2)).value().made());
    const Action before = db->actions().find(id).value().value();

    storage::ActionStore::Terms terms{QStringLiteral("responsiveness"), QStringLiteral("  Answer within the hour "),
                                      QStringLiteral("Shift lead"), QDate()};
    support::made(db->actions().edit(id, terms));
    const Action after = db->actions().find(id).value().value();
    CHECK(after.dimension == QStringLiteral("responsiveness"));
    CHECK(after.text == QStringLiteral("Answer within the hour"));
    CHECK(after.owner == QStringLiteral("Shift lead"));
    CHECK_FALSE(after.due.isValid());
    // What it was and when are its history, not its terms.
    CHECK(after.state == Action::State::Done);
    CHECK(after.closed == before.closed);
    CHECK(after.created == before.created);
    CHECK(after.uuid == before.uuid);
    // Back as it was: what undoing an edit does.
    support::made(db->actions().edit(id, storage::ActionStore::termsOf(before)));
    const Action back = db->actions().find(id).value().value();
    CHECK(back.dimension == before.dimension);
    CHECK(back.text == before.text);
    CHECK(back.owner == before.owner);
    CHECK(back.due == before.due);

    // Refused, and nothing changed.
    terms.text = QStringLiteral("   ");
    CHECK(support::refusal(db->actions().edit(id, terms)).contains(QStringLiteral("the action's text is empty")));
    terms.text = QString(501, u'x');
    CHECK_FALSE(support::refusal(db->actions().edit(id, terms)).isEmpty());
    terms.text = QStringLiteral("Listen");
    terms.dimension = QString();
    CHECK(support::refusal(db->actions().edit(id, terms)).contains(QStringLiteral("dimension")));
    CHECK(support::refusal(db->actions().edit(id + 1, storage::ActionStore::termsOf(before)))
              .contains(QStringLiteral("there is no action with id")));
    const Action unchanged = db->actions().find(id).value().value();
    CHECK(unchanged.text == before.text);
    CHECK(unchanged.dimension == before.dimension);
}
