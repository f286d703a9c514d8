import Testing

@testable import RapportCore

@Suite("XDG paths")
struct PathsTests {
  @Test func defaultsLiveUnderHome() {
    let paths = Paths(environment: ["HOME": "/home/ana"])
    #expect(paths.historyFile == "/home/ana/.local/state/rapport/history")
    #expect(paths.userQuotesDirectory == "/home/ana/.local/share/rapport/quotes")
    #expect(paths.configDirectory == "/home/ana/.config/rapport")
  }

  @Test func xdgVariablesWinAndRelativeOnesAreIgnored() {
    let paths = Paths(environment: ["HOME": "/h", "XDG_STATE_HOME": "/s", "XDG_DATA_HOME": "relative"])
    #expect(paths.stateDirectory == "/s/rapport")
    #expect(paths.dataDirectory == "/h/.local/share/rapport")
  }

  @Test func quotePathIsColonSeparatedAfterTheUserFolder() {
    let paths = Paths(environment: ["HOME": "/h", "RAPPORT_QUOTES_PATH": "/a::/b"])
    #expect(paths.quoteDirectories == ["/h/.local/share/rapport/quotes", "/a", "/b"])
  }

  @Test func suggestionsCatchTyposButNotStrangers() {
    #expect(Suggestion.nearest(to: "quoet", in: ["quote", "quit", "help"]) == "quote")
    #expect(Suggestion.nearest(to: "lis", in: ["listening", "selling"]) == "listening")
    #expect(Suggestion.nearest(to: "xyzzy", in: ["quote", "help"]) == nil)
  }
}
