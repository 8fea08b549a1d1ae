import BICore
import Query
import Testing

struct NamedParametersTests {
    @Test func placeholdersBecomeBoundParameters() throws {
        let sql = try NamedParameters.bind("select * from p where name = :product and id > :min", ["product": .text("Nova"), "min": .integer(3)])
        #expect(sql == BoundSQL("select * from p where name = ? and id > ?", parameters: [.text("Nova"), .integer(3)]))
    }

    @Test func literalsCommentsAndCastsAreLeftAlone() throws {
        let text = "select ':x', \":y\", d::date -- :z\n/* :w */ from t where a = :a"
        let sql = try NamedParameters.bind(text, ["a": .integer(1)])
        #expect(sql.text == "select ':x', \":y\", d::date -- :z\n/* :w */ from t where a = ?")
        #expect(sql.parameters == [.integer(1)])
    }

    @Test func unknownParametersSayWhere() {
        #expect(throws: NamedParameters.UnknownParameter(name: "prodct", offset: 27)) {
            try NamedParameters.bind("select * from p where id = :prodct", ["product": .text("x")])
        }
    }
}
