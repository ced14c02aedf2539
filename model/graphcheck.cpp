// SPDX-License-Identifier: MIT
// The structure rules (graph.cycle, graph.sharedStep, graph.unreachable). The only file that
// includes Boost.Graph: the steps are copied by index into a throwaway adjacency_list, searched,
// and the findings mapped back to step ids.
#include "validator.h"
#include "validatorparts.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/depth_first_search.hpp>

namespace sd {

namespace check {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

Graph toBoost(const StepGraph &steps)
{
    Graph g(steps.nodes.size());
    for (size_t i = 0; i < steps.nodes.size(); ++i) {
        if (!steps.nodes[i].primary)
            continue;
        for (qsizetype target : steps.nodes[i].links) {
            if (target != noStep)
                boost::add_edge(Vertex(i), Vertex(target), g);
        }
    }
    return g;
}

// Marks the step each back edge comes back to. BGL copies visitors, so it writes through a
// pointer.
struct CycleRecorder : boost::default_dfs_visitor
{
    std::vector<bool> *returnsTo;
    void back_edge(Edge e, const Graph &g) const { (*returnsTo)[boost::target(e, g)] = true; }
};

// Records the breadth-first tree from start: discovery order (parents first) and parents.
struct TreeRecorder : boost::default_bfs_visitor
{
    GraphFacts *facts;
    void discover_vertex(Vertex v, const Graph &) const
    {
        facts->order.push_back(qsizetype(v));
        facts->reachable[v] = true;
    }
    void tree_edge(Edge e, const Graph &g) const
    {
        facts->parent[boost::target(e, g)] = qsizetype(boost::source(e, g));
    }
};

void reportCycles(const Graph &g, const StepGraph &steps, const Sequence &sequence, Report &report)
{
    if (steps.nodes.empty())
        return;
    std::vector<bool> returnsTo(steps.nodes.size(), false);
    std::vector<boost::default_color_type> colors(steps.nodes.size());
    const auto colorMap =
        boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
    // Rooted at start so a path from start names the step it comes back to; the search then
    // covers every other vertex, so cycles among unreachable steps are found too. BGL's DFS
    // keeps its own stack: no recursion on the step count.
    const Vertex root = steps.start == noStep ? Vertex(0) : Vertex(steps.start);
    boost::depth_first_search(g, CycleRecorder{{}, &returnsTo}, colorMap, root);
    const QList<Step> &list = sequence.steps();
    for (size_t i = 0; i < returnsTo.size(); ++i) {
        if (!returnsTo[i])
            continue;
        const Step &step = list[qsizetype(i)];
        report.error("graph.cycle", step.id,
                     Validator::tr("A path comes back to the step \"%1\", so it would never end. "
                                   "Remove the link that leads back to it: steps form a tree "
                                   "below the start.")
                         .arg(stepLabel(step)));
    }
}

void reportShared(const StepGraph &steps, const Sequence &sequence, Report &report)
{
    std::vector<int> incoming(steps.nodes.size(), 0);
    if (steps.start != noStep)
        ++incoming[size_t(steps.start)]; // "Sequence starts here" counts as the start's link
    for (const StepGraph::Node &node : steps.nodes) {
        if (!node.primary)
            continue;
        for (qsizetype target : node.links) {
            if (target != noStep)
                ++incoming[size_t(target)];
        }
    }
    const QList<Step> &list = sequence.steps();
    for (size_t i = 0; i < incoming.size(); ++i) {
        if (incoming[i] < 2)
            continue;
        const Step &step = list[qsizetype(i)];
        report.error("graph.sharedStep", step.id,
                     Validator::tr("The step \"%1\" has %2 incoming links, but paths do not "
                                   "merge: a step follows exactly one other step. Keep one link "
                                   "and give the other paths steps of their own.")
                         .arg(stepLabel(step), QString::number(incoming[i])));
    }
}

GraphFacts reachFromStart(const Graph &g, const StepGraph &steps)
{
    GraphFacts facts;
    facts.parent.assign(steps.nodes.size(), noStep);
    facts.reachable.assign(steps.nodes.size(), false);
    if (steps.start == noStep)
        return facts;
    facts.order.reserve(steps.nodes.size());
    boost::breadth_first_search(g, Vertex(steps.start), boost::visitor(TreeRecorder{{}, &facts}));
    return facts;
}

void reportUnreachable(const StepGraph &steps, const GraphFacts &facts, const Sequence &sequence,
                       Report &report)
{
    const QList<Step> &list = sequence.steps();
    for (size_t i = 0; i < steps.nodes.size(); ++i) {
        if (facts.reachable[i] || !steps.nodes[i].primary) // repeats are step.duplicateId
            continue;
        const Step &step = list[qsizetype(i)];
        report.warning("graph.unreachable", step.id,
                       Validator::tr("No path from the start leads to the step \"%1\", so it "
                                     "never runs. Link it below another step, or delete it.")
                           .arg(stepLabel(step)));
    }
}

} // namespace

GraphFacts analyseGraph(const Sequence &sequence, const StepGraph &steps, Report &report)
{
    const Graph g = toBoost(steps);
    reportCycles(g, steps, sequence, report);
    reportShared(steps, sequence, report);
    GraphFacts facts = reachFromStart(g, steps);
    reportUnreachable(steps, facts, sequence, report);
    return facts;
}

} // namespace check

Diagnostics checkGraph(const Sequence &sequence)
{
    Diagnostics out;
    check::Report report(out, sequence.id);
    const check::StepGraph steps = check::StepGraph::build(sequence);
    (void)check::analyseGraph(sequence, steps, report);
    return out;
}

} // namespace sd
